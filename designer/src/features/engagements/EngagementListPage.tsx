import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { engagementsApi, type EngagementSummary } from '../../api/engagements';
import type { Page } from '../../api/page';
import { ApiError } from '../../api/problem';
import { usersApi, type UserSummary } from '../../api/users';
import { can } from '../../auth/permissions';
import { useSession } from '../../auth/SessionContext';
import { formatDateTime, isOverdue } from '../inbox/dates';
import { StatusBadge } from './StatusBadge';
import './engagements.css';

const statuses = ['waiting', 'running', 'faulted', 'completed', 'cancelled'];
const pageSize = 25;

/** All engagements, newest first, filtered by status, stage, owner and client; the filters live in the address. */
export function EngagementListPage() {
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(
    () => ({
      status: params.get('status') ?? '',
      stage: params.get('stage') ?? '',
      owner: params.get('owner') ?? '',
      client: params.get('client') ?? '',
      overdue: params.get('overdue') === '1',
      page: Number(params.get('page') ?? '1') || 1,
    }),
    [params],
  );
  const [search, setSearch] = useState(filter.client);
  const [result, setResult] = useState<Page<EngagementSummary> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [owners, setOwners] = useState<UserSummary[]>([]);
  const [stages, setStages] = useState<string[]>([]);

  useEffect(() => {
    const abort = new AbortController();
    usersApi.list(abort.signal).then((users) => setOwners(users.filter((u) => u.roles.includes('account')))).catch(() => setOwners([]));
    return () => abort.abort();
  }, []);

  useEffect(() => {
    const abort = new AbortController();
    setError(null);
    engagementsApi
      .list({ ...filter, status: filter.status || undefined, pageSize }, abort.signal)
      .then((page) => {
        setResult(page);
        // Stages offered in the filter: those seen so far (the list spans processes, none of which it knows).
        setStages((seen) => [...new Set([...seen, ...page.items.flatMap((e) => (e.stage ? [e.stage] : [])), ...(filter.stage ? [filter.stage] : [])])].sort());
      })
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setError(e instanceof ApiError ? e.message : 'The server could not be reached.');
      });
    return () => abort.abort();
  }, [filter]);

  function update(changes: Record<string, string>) {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  }

  const pages = result ? Math.max(1, Math.ceil(result.total / pageSize)) : 1;
  return (
    <div className="engagement-list">
      <div className="page-heading">
        <h1>Engagements</h1>
        {can.startEngagement(me) && <Link to="/engagements/new" className="button primary">New engagement</Link>}
      </div>
      <form className="list-filters" role="search" aria-label="Filter engagements" onSubmit={(e) => { e.preventDefault(); update({ client: search.trim() }); }}>
        <label>
          Client
          <input type="search" value={search} placeholder="Name or company" onChange={(e) => setSearch(e.target.value)} onBlur={() => search.trim() !== filter.client && update({ client: search.trim() })} />
        </label>
        <label>
          Status
          <select value={filter.status} onChange={(e) => update({ status: e.target.value })}>
            <option value="">Any status</option>
            {statuses.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <label>
          Stage
          <select value={filter.stage} onChange={(e) => update({ stage: e.target.value })}>
            <option value="">Any stage</option>
            {stages.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <label>
          Owner
          <select value={filter.owner} onChange={(e) => update({ owner: e.target.value })}>
            <option value="">Anyone</option>
            {owners.map((u) => <option key={u.userName} value={u.userName}>{u.displayName}</option>)}
          </select>
        </label>
        <label className="checkbox-line">
          <input type="checkbox" checked={filter.overdue} onChange={(e) => update({ overdue: e.target.checked ? '1' : '' })} />
          Overdue only
        </label>
        <button type="submit">Search</button>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      {!result && !error && <p className="muted">Loading…</p>}
      {result && (
        <>
          <table>
            <caption className="visually-hidden">Engagements</caption>
            <thead>
              <tr>
                <th scope="col">Client</th>
                <th scope="col">Stage</th>
                <th scope="col">Owner</th>
                <th scope="col">Status</th>
                <th scope="col">Next due</th>
                <th scope="col">Started</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((e) => (
                <tr key={e.id}>
                  <td>
                    <Link to={`/engagements/${e.id}`}>{e.clientCompany ?? e.clientName}</Link>
                    {e.clientCompany && <span className="muted"> · {e.clientName}</span>}
                  </td>
                  <td>{e.stage ?? '—'}</td>
                  <td>{e.owner ?? <span className="muted">account team</span>}</td>
                  <td><StatusBadge status={e.status} result={e.result} /></td>
                  <td className={isOverdue(e.nextDueAt) && (e.status === 'waiting' || e.status === 'faulted') ? 'overdue' : undefined}>{formatDateTime(e.nextDueAt)}</td>
                  <td>{formatDateTime(e.createdAt)}</td>
                </tr>
              ))}
              {result.items.length === 0 && (
                <tr><td colSpan={6} className="muted">No engagements match.</td></tr>
              )}
            </tbody>
          </table>
          <nav className="pager" aria-label="Pages">
            <button type="button" disabled={filter.page <= 1} onClick={() => update({ page: String(filter.page - 1) })}>Previous</button>
            <span>Page {filter.page} of {pages} · {result.total} engagements</span>
            <button type="button" disabled={filter.page >= pages} onClick={() => update({ page: String(filter.page + 1) })}>Next</button>
          </nav>
        </>
      )}
    </div>
  );
}
