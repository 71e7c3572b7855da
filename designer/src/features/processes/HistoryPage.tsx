import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { definitionsApi, type DefinitionDetail } from '../../api/definitions';
import { ApiError } from '../../api/problem';
import type { Definition } from '../../lib/definition';
import { diffDefinitions, type Change } from '../../lib/diff';
import './designer.css';

const DRAFT = 'draft';

/** `/processes/:id/history`: every version with its note, and a readable diff between any two (or the draft). */
export function HistoryPage() {
  const { id = '' } = useParams();
  const [detail, setDetail] = useState<DefinitionDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [left, setLeft] = useState('');
  const [right, setRight] = useState('');
  const [changes, setChanges] = useState<Change[] | null>(null);
  const [comparing, setComparing] = useState(false);

  useEffect(() => {
    definitionsApi.get(id).then((d) => {
      setDetail(d);
      const numbers = d.versions.map((v) => String(v.version));
      setRight(d.draft ? DRAFT : (numbers[numbers.length - 1] ?? ''));
      setLeft(numbers[numbers.length - (d.draft ? 1 : 2)] ?? numbers[0] ?? '');
    }, (e: unknown) => setError(e instanceof ApiError ? e.message : String(e)));
  }, [id]);

  useEffect(() => {
    if (!detail || !left || !right) return;
    const load = async (which: string): Promise<Definition | null> => {
      const json = which === DRAFT ? detail.draft?.definition : (await definitionsApi.version(id, Number(which))).definition;
      return json && typeof json === 'object' ? json : null;
    };
    setComparing(true);
    Promise.all([load(left), load(right)])
      .then(([a, b]) => setChanges(a && b ? diffDefinitions(a, b) : null), () => setChanges(null))
      .finally(() => setComparing(false));
  }, [detail, left, right, id]);

  if (error) return <p className="error" role="alert">{error}</p>;
  if (!detail) return <p className="loading">Loading…</p>;
  const options = [...detail.versions.map((v) => ({ value: String(v.version), label: `Version ${v.version}` })), ...(detail.draft ? [{ value: DRAFT, label: 'Current draft' }] : [])];

  return (
    <div className="history-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/processes">Processes</Link> › <Link to={`/processes/${encodeURIComponent(id)}`}>{id}</Link> › <strong>History</strong>
      </nav>
      <h1>Version history</h1>
      <table aria-label="Versions">
        <thead><tr><th>Version</th><th>Published</th><th>By</th><th>Note</th><th>Status</th></tr></thead>
        <tbody>
          {detail.versions.length === 0 && <tr><td colSpan={5} className="muted">Not published yet.</td></tr>}
          {[...detail.versions].reverse().map((v) => (
            <tr key={v.version} data-testid={`version-${v.version}`}>
              <td>{v.version}</td>
              <td>{new Date(v.publishedAt).toLocaleString()}</td>
              <td>{v.publishedBy ?? '—'}</td>
              <td data-testid="version-note">{v.note ?? <span className="muted">—</span>}</td>
              <td>{v.retractedAt ? <span className="badge danger">retracted</span> : <span className="badge">live</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {options.length >= 2 && (
        <section aria-labelledby="diff-title">
          <h2 id="diff-title">Compare</h2>
          <div className="diff-pickers">
            <label htmlFor="diff-from">From<select id="diff-from" value={left} onChange={(e) => setLeft(e.target.value)}>{options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</select></label>
            <label htmlFor="diff-to">To<select id="diff-to" value={right} onChange={(e) => setRight(e.target.value)}>{options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</select></label>
          </div>
          {comparing ? <p className="muted">Comparing…</p> : changes === null ? <p className="muted">Choose two readable versions.</p> : changes.length === 0 ? <p data-testid="no-differences">No differences (positions aside).</p> : (
            <ul className="diff" aria-label="Differences">
              {changes.map((c, i) => (
                <li key={i} className={`diff-${c.kind}`}>
                  <span className="diff-kind">{c.kind}</span> <strong>{c.where}</strong>
                  {c.kind === 'changed' && (
                    <>: <code>{c.property}</code> <del>{c.before ?? '(none)'}</del> → <ins>{c.after ?? '(none)'}</ins></>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
