import type { EngagementStatus } from '../../api/tasks';

/** An engagement's status, with its result once it finished. */
export function StatusBadge({ status, result }: { status: EngagementStatus; result?: string | null }) {
  return <span className={`badge status-${status}`}>{status}{result ? `: ${result}` : ''}</span>;
}
