import type { Page } from '../../api/page';
import type { TaskSummary } from '../../api/tasks';

/**
 * The list as the inbox shows it: one page of one filter, plus what the reader has seen of that filter so far,
 * so a refresh can tell a task that just arrived from one that was merely on another page.
 */
export interface InboxList {
  /** The filters (without the page) the tasks were asked for; seen tasks only count within the same filters. */
  filterKey: string;
  page: number;
  items: TaskSummary[];
  total: number;
  /** Every task shown under these filters since they were chosen. */
  seen: ReadonlySet<string>;
  /** Tasks a refresh brought that the reader has not opened yet (marked "new"). */
  fresh: ReadonlySet<string>;
}

/**
 * The list after a page arrived. A refresh (`refresh`) of the page being shown marks the tasks
 * never seen under these filters as new; moving to another page or reloading after one's own action marks none,
 * and other filters start over.
 */
export function applyPage(list: InboxList | null, filterKey: string, page: number, result: Page<TaskSummary>, refresh: boolean): InboxList {
  const ids = result.items.map((t) => t.id);
  if (!list || list.filterKey !== filterKey)
    return { filterKey, page, items: result.items, total: result.total, seen: new Set(ids), fresh: new Set() };

  const samePage = list.page === page;
  const fresh = new Set<string>();
  for (const id of ids) {
    if (samePage && (list.fresh.has(id) || (refresh && !list.seen.has(id)))) fresh.add(id);
  }
  return {
    filterKey,
    page,
    items: sameTasks(list.items, result.items) ? list.items : result.items,
    total: result.total,
    seen: new Set([...list.seen, ...ids]),
    fresh,
  };
}

/** The list once the reader opened a task: it is no longer new. */
export function opened(list: InboxList, taskId: string): InboxList {
  if (!list.fresh.has(taskId)) return list;
  const fresh = new Set(list.fresh);
  fresh.delete(taskId);
  return { ...list, fresh };
}

/** "1 new task", "3 new tasks", or nothing. */
export function newTasksLabel(count: number): string {
  return count === 0 ? '' : count === 1 ? '1 new task' : `${count} new tasks`;
}

// Keeping the same array when nothing changed spares the list a re-render on every quiet refresh.
function sameTasks(a: readonly TaskSummary[], b: readonly TaskSummary[]): boolean {
  return a.length === b.length && a.every((t, i) => JSON.stringify(t) === JSON.stringify(b[i]));
}
