import type { TaskSummary } from '../../api/tasks';
import { applyPage, newTasksLabel, opened } from './inboxList';

const task = (id: string, overrides: Partial<TaskSummary> = {}): TaskSummary => ({
  id, engagementId: `e-${id}`, stage: 'handoff', stepId: 'contact', title: `Task ${id}`, description: null,
  assigneeUser: 'account1', assigneeGroup: null, claimedBy: null, status: 'open', priority: 'normal',
  createdAt: '2026-03-01T09:00:00Z', dueAt: null, completedAt: null, completedBy: null, outcome: null,
  clientName: 'Ada', clientCompany: null, ...overrides,
});
const page = (ids: string[], total = ids.length, number = 1) => ({ items: ids.map((id) => task(id)), total, page: number, pageSize: 50 });

describe('the inbox list', () => {
  it('marks nothing new on the first load or on another page', () => {
    const first = applyPage(null, 'all', 1, page(['a', 'b'], 60), false);
    expect([...first.fresh]).toEqual([]);
    const second = applyPage(first, 'all', 2, page(['c', 'd'], 60, 2), true);
    expect([...second.fresh]).toEqual([]);
    expect(second.items.map((t) => t.id)).toEqual(['c', 'd']);
    expect([...second.seen].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('marks what a refresh brought to the page as new, in the server’s order, and drops what left it', () => {
    const first = applyPage(null, 'all', 1, page(['a', 'b', 'c']), false);
    const refreshed = applyPage(first, 'all', 1, page(['x', 'a', 'c', 'y'], 4), true);
    expect(refreshed.items.map((t) => t.id)).toEqual(['x', 'a', 'c', 'y']);
    expect([...refreshed.fresh]).toEqual(['x', 'y']);
    expect(refreshed.total).toBe(4);
    // Still new on the next refresh, until opened; gone when it left the page.
    const again = applyPage(refreshed, 'all', 1, page(['x', 'a']), true);
    expect([...again.fresh]).toEqual(['x']);
    expect([...opened(again, 'x').fresh]).toEqual([]);
  });

  it('does not call a task new that was seen on another page and moved up', () => {
    let list = applyPage(null, 'all', 1, page(['a', 'b'], 3), false);
    list = applyPage(list, 'all', 2, page(['c'], 3, 2), false);
    list = applyPage(list, 'all', 1, page(['a', 'b'], 3), false);
    list = applyPage(list, 'all', 1, page(['b', 'c'], 2), true);
    expect([...list.fresh]).toEqual([]);
  });

  it('reloading after one’s own action marks nothing, and other filters start over', () => {
    const first = applyPage(null, 'all', 1, page(['a']), false);
    expect([...applyPage(first, 'all', 1, page(['a', 'b']), false).fresh]).toEqual([]);
    const other = applyPage(first, 'mine', 1, page(['b']), true);
    expect([...other.fresh]).toEqual([]);
    expect([...other.seen]).toEqual(['b']);
  });

  it('keeps the same items when a refresh changed nothing, so the list need not re-render', () => {
    const first = applyPage(null, 'all', 1, page(['a', 'b']), false);
    expect(applyPage(first, 'all', 1, page(['a', 'b']), true).items).toBe(first.items);
    const claimed = { ...page(['a', 'b']), items: [task('a', { claimedBy: 'account2' }), task('b')] };
    expect(applyPage(first, 'all', 1, claimed, true).items).not.toBe(first.items);
  });

  it('says how many tasks are new', () => {
    expect(newTasksLabel(0)).toBe('');
    expect(newTasksLabel(1)).toBe('1 new task');
    expect(newTasksLabel(3)).toBe('3 new tasks');
  });
});
