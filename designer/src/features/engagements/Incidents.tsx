import { useState } from 'react';
import { engagementsApi, type IncidentView } from '../../api/engagements';
import { ApiError } from '../../api/problem';
import { formatDateTime } from '../inbox/dates';

interface Props {
  engagementId: string;
  incidents: IncidentView[];
  mayRetry: boolean;
  onRetried: () => void;
}

/** Failed steps and emails; those allowed to can retry an open one once its cause is fixed. */
export function Incidents({ engagementId, incidents, mayRetry, onRetried }: Props) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (incidents.length === 0) return <p className="muted">No incidents.</p>;

  async function retry(id: string) {
    setBusy(id);
    setError(null);
    try {
      await engagementsApi.retryIncident(engagementId, id);
      onRetried();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The server could not be reached.');
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      {error && <p role="alert" className="error">{error}</p>}
      <ul className="incidents">
        {incidents.map((i) => (
          <li key={i.id} className={i.resolvedAt ? 'resolved' : 'open'}>
            <span>
              <strong>{i.stage} / {i.stepId}</strong> <span className="muted">{formatDateTime(i.raisedAt)} · {i.attempts} attempt{i.attempts === 1 ? '' : 's'}</span>
            </span>
            <span className="incident-message">{i.message}</span>
            {i.resolvedAt ? (
              <span className="muted">Resolved {formatDateTime(i.resolvedAt)}{i.resolvedBy ? ` by ${i.resolvedBy}` : ''}</span>
            ) : (
              mayRetry && (
                <button type="button" disabled={busy !== null} onClick={() => void retry(i.id)}>
                  {busy === i.id ? 'Retrying…' : 'Retry'}
                </button>
              )
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
