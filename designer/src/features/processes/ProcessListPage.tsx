import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { definitionsApi, type DefinitionSummary } from '../../api/definitions';
import { ApiError } from '../../api/problem';
import { can } from '../../auth/permissions';
import { useSession } from '../../auth/SessionContext';
import { newDefinition, slugify } from '../../lib/definition';
import './designer.css';

/** What a process's row says about it: its draft and its newest live version. */
function statusOf(d: DefinitionSummary): string {
  const parts: string[] = [];
  if (d.latestVersion) parts.push(`published version ${d.latestVersion}`);
  else if (d.versionCount > 0) parts.push('retracted');
  if (d.draftRevision) parts.push('draft');
  return parts.join(' · ') || '—';
}

/** `/processes`: every process with its status, and a form to start a new one. */
export function ProcessListPage() {
  const { me } = useSession();
  const navigate = useNavigate();
  const [list, setList] = useState<DefinitionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const [createError, setCreateError] = useState<string | null>(null);

  useEffect(() => {
    definitionsApi.list().then(setList, (e: unknown) => setError(e instanceof ApiError ? e.message : String(e)));
  }, []);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const slug = id || slugify(name);
    if (list?.some((d) => d.id === slug)) {
      setCreateError(`A process '${slug}' already exists`);
      return;
    }
    try {
      await definitionsApi.saveDraft(newDefinition(slug, name.trim()));
      navigate(`/processes/${encodeURIComponent(slug)}`);
    } catch (e) {
      setCreateError(e instanceof ApiError ? (Object.values(e.problem.errors ?? {})[0]?.[0] ?? e.message) : String(e));
    }
  };

  return (
    <div className="process-list">
      <h1>Processes</h1>
      {error && <p className="error" role="alert">{error}</p>}
      {!list && !error && <p className="loading">Loading…</p>}
      {list && (
        <table aria-label="Processes">
          <thead>
            <tr><th>Process</th><th>Id</th><th>Status</th><th>Draft saved</th><th>Versions</th><th /></tr>
          </thead>
          <tbody>
            {list.map((d) => (
              <tr key={d.id} data-testid={`process-row-${d.id}`}>
                <td><Link to={`/processes/${encodeURIComponent(d.id)}`}>{d.name}</Link></td>
                <td><code>{d.id}</code></td>
                <td data-testid="process-status">{statusOf(d)}</td>
                <td>{d.draftUpdatedAt ? `${new Date(d.draftUpdatedAt).toLocaleString()}${d.draftUpdatedBy ? ` by ${d.draftUpdatedBy}` : ''}` : '—'}</td>
                <td>{d.versionCount}</td>
                <td><Link to={`/processes/${encodeURIComponent(d.id)}/history`}>History</Link></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can.design(me) && (
        <form className="new-process" onSubmit={(e) => void create(e)} aria-labelledby="new-process-title">
          <h2 id="new-process-title">New process</h2>
          <label htmlFor="new-process-name">
            Name
            <input id="new-process-name" required value={name} onChange={(e) => { setName(e.target.value); setCreateError(null); }} />
          </label>
          <label htmlFor="new-process-id">
            Id (kebab-case)
            <input id="new-process-id" value={id} placeholder={slugify(name) || 'client-onboarding'} pattern="[a-z0-9]+(-[a-z0-9]+)*" onChange={(e) => setId(e.target.value)} />
          </label>
          {createError && <p className="error" role="alert">{createError}</p>}
          <button type="submit" className="primary" disabled={!name.trim()}>Create process</button>
        </form>
      )}
    </div>
  );
}
