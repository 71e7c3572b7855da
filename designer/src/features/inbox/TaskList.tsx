import { useEffect, useRef } from 'react';
import { newTasksLabel, type InboxList } from './inboxList';
import { ListPager } from './ListPager';
import { TaskListItem } from './TaskListItem';

interface Props {
  list: InboxList | null;
  /** The list shown is not yet the one asked for (another page or other filters are on their way). */
  loading: boolean;
  selectedId: string | undefined;
  search: string;
  error: string | null;
  onPage: (page: number) => void;
}

/** The second pane: one page of tasks, each a link to /inbox/:taskId that keeps the filters and the page. */
export function TaskList({ list, loading, selectedId, search, error, onPage }: Props) {
  const fresh = list ? list.items.filter((t) => list.fresh.has(t.id)).length : 0;
  const pane = useRef<HTMLElement>(null);
  // Another page starts at its top, not where the reader had scrolled the last one to; a refresh stays put.
  useEffect(() => {
    if (pane.current) pane.current.scrollTop = 0;
  }, [list?.page, list?.filterKey]);
  return (
    <section ref={pane} className="inbox-list" aria-label="Tasks">
      <div className="list-head">
        <h2 className="pane-title">Tasks</h2>
        {list && <ListPager page={list.page} shown={list.items.length} total={list.total} onPage={onPage} />}
        {/* Always there, so screen readers announce when a refresh brings new tasks. */}
        <p role="status" className="new-tasks">{newTasksLabel(fresh)}</p>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      {list === null && !error && <p className="muted">Loading…</p>}
      {list?.items.length === 0 && !loading && <p className="muted">Nothing to do here.</p>}
      <ul aria-busy={loading || undefined}>
        {list?.items.map((t) => (
          <li key={t.id}>
            <TaskListItem task={t} isNew={list.fresh.has(t.id)} selected={t.id === selectedId} search={search} />
          </li>
        ))}
      </ul>
    </section>
  );
}
