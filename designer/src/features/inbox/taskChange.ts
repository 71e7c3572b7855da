import type { Me } from '../../api/auth';
import type { TaskSummary } from '../../api/tasks';
import { formatDateTime } from './dates';

/**
 * What someone else did to the open task since the reader loaded it, in words for the task pane; null when
 * nothing that matters to them changed. The reader's own claim or reassignment never reaches here: the pane
 * reloads the task itself after those.
 */
export function describeChange(before: TaskSummary, after: TaskSummary, me: Me): string | null {
  if (before.status === 'open' && after.status === 'completed') {
    const who = after.completedBy === me.userName ? 'you (in another window)' : (after.completedBy ?? 'someone else');
    return `Already completed by ${who} on ${formatDateTime(after.completedAt)}. What you entered here was not saved.`;
  }
  if (before.status === 'open' && after.status === 'cancelled')
    return 'This task was withdrawn: the engagement moved on or was cancelled. What you entered here was not saved.';
  if (after.status !== 'open') return null;
  if (after.claimedBy && after.claimedBy !== before.claimedBy && after.claimedBy !== me.userName)
    return `Taken by ${after.claimedBy}: only they can work on it now.`;
  if ((after.assigneeUser !== before.assigneeUser || after.assigneeGroup !== before.assigneeGroup) && after.assigneeUser !== me.userName)
    return `Reassigned to ${after.assigneeUser ?? `group ${after.assigneeGroup ?? '—'}`}.`;
  return null;
}
