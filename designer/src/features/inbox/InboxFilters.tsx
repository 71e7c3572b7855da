import type { Me } from '../../api/auth';
import type { InboxChoice } from './inboxFilter';

interface Props {
  me: Me;
  choice: InboxChoice;
  stages: string[];
  onChange: (choice: InboxChoice) => void;
}

/** The first pane: whose tasks, overdue only, which stage, and the order of the list. */
export function InboxFilters({ me, choice, stages, onChange }: Props) {
  const shows: [string, string][] = [
    ['all', 'Mine and my groups'],
    ['mine', 'Assigned to me'],
    ...me.groups.map((g): [string, string] => [`group:${g}`, `Group: ${g}`]),
  ];
  return (
    <aside className="inbox-filters" aria-label="Filters">
      <fieldset>
        <legend>Show</legend>
        {shows.map(([value, label]) => (
          <label key={value} className="checkbox-line">
            <input type="radio" name="show" value={value} checked={choice.show === value} onChange={() => onChange({ ...choice, show: value })} />
            {label}
          </label>
        ))}
      </fieldset>
      <label className="checkbox-line">
        <input type="checkbox" checked={choice.overdue} onChange={(e) => onChange({ ...choice, overdue: e.target.checked })} />
        Overdue only
      </label>
      <label>
        Stage
        <select value={choice.stage} onChange={(e) => onChange({ ...choice, stage: e.target.value })}>
          <option value="">All stages</option>
          {stages.map((s) => (
            <option key={s} value={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        Sort by
        <select value={choice.sort} onChange={(e) => onChange({ ...choice, sort: e.target.value === 'priority' ? 'priority' : 'due' })}>
          <option value="due">Due date</option>
          <option value="priority">Priority</option>
        </select>
      </label>
    </aside>
  );
}
