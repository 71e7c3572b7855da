import { Link } from 'react-router';
import type { TaskSummary } from '../../api/tasks';
import { formatDateTime, isOverdue } from './dates';

interface Props {
  task: TaskSummary;
  isNew: boolean;
  selected: boolean;
  search: string;
}

/** One task in the list: a link to it that keeps the filters and the page, marked when a refresh brought it. */
export function TaskListItem({ task: t, isNew, selected, search }: Props) {
  return (
    <Link to={`/inbox/${t.id}${search}`} className={`task-item${selected ? ' selected' : ''}`} aria-current={selected ? 'page' : undefined}>
      <span className="task-title">
        {isNew && <><span className="badge new">New</span>{' '}</>}
        {t.title}
      </span>
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
  );
}
