import { Link } from 'react-router';
import type { TaskSummary } from '../../api/tasks';
import { formatDateTime, isOverdue } from './dates';

interface Props {
  tasks: TaskSummary[] | null;
  total: number;
  selectedId: string | undefined;
  search: string;
  error: string | null;
}

/** The second pane: the tasks, each a link to /inbox/:taskId that keeps the filters. */
export function TaskList({ tasks, total, selectedId, search, error }: Props) {
  return (
    <section className="inbox-list" aria-label="Tasks">
      <h2 className="pane-title">Tasks {tasks && <span className="muted">({total})</span>}</h2>
      {error && <p role="alert" className="error">{error}</p>}
      {tasks === null && !error && <p className="muted">Loading…</p>}
      {tasks?.length === 0 && <p className="muted">Nothing to do here.</p>}
      <ul>
        {tasks?.map((t) => (
          <li key={t.id}>
            <Link
              to={`/inbox/${t.id}${search}`}
              className={`task-item${t.id === selectedId ? ' selected' : ''}`}
              aria-current={t.id === selectedId ? 'page' : undefined}
            >
              <span className="task-title">{t.title}</span>
              <span className="task-meta">
                <span>{t.clientCompany ?? t.clientName}</span>
                <span className="badge">{t.stage}</span>
                {t.priority !== 'normal' && <span className={`badge priority-${t.priority}`}>{t.priority}</span>}
              </span>
              <span className={`task-due${isOverdue(t.dueAt) ? ' overdue' : ''}`}>
                {t.dueAt ? `Due ${formatDateTime(t.dueAt)}` : 'No due date'}
                {t.claimedBy ? ` · claimed by ${t.claimedBy}` : t.assigneeGroup ? ` · group ${t.assigneeGroup}` : ''}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
