/** How many tasks one page of the inbox shows: enough to scan, few enough to load at once. */
export const inboxPageSize = 50;

/** The number of pages for a total (at least one, so "page 1 of 1" holds for an empty inbox). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * The page to show when the list shrank under the reader (tasks done elsewhere): the last one that still has
 * tasks, rather than an empty page 3 of 2.
 */
export function clampPage(page: number, total: number, pageSize: number): number {
  return Math.min(Math.max(1, page), pageCount(total, pageSize));
}

/** "1–50 of 889": the range of the tasks shown, as mail and file lists say it; "No tasks" when there are none. */
export function pageLabel(page: number, pageSize: number, shown: number, total: number): string {
  if (total === 0) return 'No tasks';
  if (shown === 0) return `0 of ${total}`;
  const first = (page - 1) * pageSize + 1;
  return `${first}–${first + shown - 1} of ${total}`;
}
