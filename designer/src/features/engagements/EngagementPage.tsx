import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { engagementsApi, type EngagementDetail, type JournalEntry, type ProcessView } from '../../api/engagements';
import { ApiError } from '../../api/problem';
import { can } from '../../auth/permissions';
import { useSession } from '../../auth/SessionContext';
import { formatDateTime, isOverdue } from '../inbox/dates';
import { pathTaken } from './graph/pathTaken';
import type { EngagementPosition } from './graph/processGraph';
import { ProcessMap } from './graph/ProcessMap';
import { Incidents } from './Incidents';
import { Invoices } from './Invoices';
import { StatusBadge } from './StatusBadge';
import { buildTimeline } from './timeline';
import { Timeline } from './Timeline';
import { Variables } from './Variables';
import './engagements.css';

interface Loaded {
  detail: EngagementDetail;
  journal: JournalEntry[];
  process: ProcessView;
}

/** Where one engagement stands: its map, its story, its data, its open work and its incidents. */
export function EngagementPage() {
  const { engagementId = '' } = useParams();
  const { me } = useSession();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    const abort = new AbortController();
    setError(null);
    Promise.all([
      engagementsApi.get(engagementId, abort.signal),
      engagementsApi.journal(engagementId, abort.signal),
      engagementsApi.process(engagementId, abort.signal),
    ])
      .then(([detail, journal, process]) => setLoaded({ detail, journal, process }))
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setError(e instanceof ApiError ? e.message : 'The server could not be reached.');
      });
    return () => abort.abort();
  }, [engagementId, version]);

  const position = useMemo<EngagementPosition | null>(() => {
    if (!loaded) return null;
    const activeSteps: Record<string, string[]> = {};
    for (const { stage, stepId } of [...loaded.detail.openTasks, ...loaded.detail.waits]) activeSteps[stage] = [...(activeSteps[stage] ?? []), stepId];
    return { stage: loaded.detail.engagement.stage, path: pathTaken(loaded.journal), activeSteps };
  }, [loaded]);
  const timeline = useMemo(
    () => (loaded ? buildTimeline(loaded.journal, loaded.detail.emails, loaded.detail.documents) : []),
    [loaded],
  );

  if (error) return <p role="alert" className="error">{error}</p>;
  if (!loaded || !position) return <p className="muted">Loading…</p>;

  const { detail, process } = loaded;
  const e = detail.engagement;
  const currentStage = process.stages.find((s) => s.id === e.stage);
  return (
    <div className="engagement">
      <header className="engagement-header">
        <div>
          <p className="muted breadcrumb"><Link to="/engagements">Engagements</Link> /</p>
          <h1>{e.clientCompany ?? e.clientName}</h1>
          <p className="engagement-facts">
            <span>{e.clientName}{e.clientEmail ? ` <${e.clientEmail}>` : ''}</span>
            <StatusBadge status={e.status} result={e.result} />
            <span>Stage: <strong data-testid="current-stage">{currentStage?.name ?? e.stage ?? '—'}</strong></span>
            <span>Owner: {e.owner ?? 'account team'}</span>
            <span className={isOverdue(e.nextDueAt) && e.status === 'waiting' ? 'overdue' : undefined}>Next due: {formatDateTime(e.nextDueAt)}</span>
            <span className="muted">{process.name} v{process.version}</span>
          </p>
        </div>
        <button type="button" onClick={reload}>Refresh</button>
      </header>

      <section aria-labelledby="map-title" className="panel">
        <h2 id="map-title" className="visually-hidden">Process map</h2>
        <ProcessMap process={process} position={position} />
      </section>

      <div className="engagement-columns">
        <section aria-labelledby="timeline-title" className="panel">
          <h2 id="timeline-title">Timeline</h2>
          <Timeline items={timeline} />
        </section>
        <div className="engagement-side">
          <section aria-labelledby="work-title" className="panel">
            <h2 id="work-title">Open work</h2>
            {detail.openTasks.length === 0 && detail.waits.length === 0 && <p className="muted">Nothing open.</p>}
            <ul className="plain">
              {detail.openTasks.map((t) => (
                <li key={t.id}>
                  <Link to={`/inbox/${t.id}`}>{t.title}</Link>
                  <span className="muted"> · {t.claimedBy ?? t.assigneeUser ?? `group ${t.assigneeGroup ?? ''}`} · due {formatDateTime(t.dueAt)}</span>
                </li>
              ))}
              {detail.waits.map((w) => (
                <li key={w.id}>
                  Waiting for {w.kind === 'clientResponse' ? 'the client' : w.kind === 'signal' ? `signal ${w.name ?? ''}` : 'a timer'} at {w.stepId}
                  {w.dueAt && <span className="muted"> · until {formatDateTime(w.dueAt)}</span>}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="documents-title" className="panel">
            <h2 id="documents-title">Documents</h2>
            {detail.documents.length === 0 && <p className="muted">No documents yet.</p>}
            <ul className="plain">
              {detail.documents.map((d) => (
                <li key={d.id}>
                  <a href={`/api/documents/${d.id}`} target="_blank" rel="noreferrer">{d.name} (version {d.version})</a>
                  <span className="muted"> · {formatDateTime(d.createdAt)}{d.sentAt ? ' · sent' : ''}</span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="incidents-title" className="panel">
            <h2 id="incidents-title">Incidents</h2>
            <Incidents engagementId={e.id} incidents={detail.incidents} mayRetry={can.retryIncidents(me)} onRetried={reload} />
          </section>
          {can.recordPayments(me) && (
            <section aria-labelledby="invoices-title" className="panel">
              <h2 id="invoices-title">Invoices and payments</h2>
              <Invoices engagementId={e.id} mayRecord onPaid={reload} />
            </section>
          )}
          <section aria-labelledby="variables-title" className="panel">
            <h2 id="variables-title">Data</h2>
            <Variables variables={detail.variables} />
          </section>
        </div>
      </div>
    </div>
  );
}
