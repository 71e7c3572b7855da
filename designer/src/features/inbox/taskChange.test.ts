import type { Me } from '../../api/auth';
import type { TaskSummary } from '../../api/tasks';
import { describeChange } from './taskChange';

const me: Me = { userName: 'account1', displayName: 'Alex', roles: ['account'], groups: ['account'], kind: 'user' };
const open: TaskSummary = {
  id: 't1', engagementId: 'e1', stage: 'handoff', stepId: 'contact', title: 'Contact Ada', description: null,
  assigneeUser: null, assigneeGroup: 'account', claimedBy: null, status: 'open', priority: 'normal',
  createdAt: '2026-03-01T09:00:00Z', dueAt: null, completedAt: null, completedBy: null, outcome: null,
  clientName: 'Ada', clientCompany: null,
};

describe('describeChange', () => {
  it('says who completed the task and that the entries were not saved', () => {
    const text = describeChange(open, { ...open, status: 'completed', completedBy: 'account2', completedAt: '2026-03-02T10:00:00Z' }, me);
    expect(text).toMatch(/^Already completed by account2 on .+\. What you entered here was not saved\.$/);
    expect(describeChange(open, { ...open, status: 'completed', completedBy: 'account1' }, me)).toContain('by you (in another window)');
  });

  it('says a withdrawn task was withdrawn', () => {
    expect(describeChange(open, { ...open, status: 'cancelled' }, me)).toContain('withdrawn');
  });

  it('says a colleague took a group task, but not when the reader did', () => {
    expect(describeChange(open, { ...open, claimedBy: 'account2' }, me)).toBe('Taken by account2: only they can work on it now.');
    expect(describeChange(open, { ...open, claimedBy: 'account1' }, me)).toBeNull();
  });

  it('says where a task was handed, unless to the reader', () => {
    const mine = { ...open, assigneeUser: 'account1', assigneeGroup: null };
    expect(describeChange(mine, { ...mine, assigneeUser: 'account2' }, me)).toBe('Reassigned to account2.');
    expect(describeChange(mine, { ...mine, assigneeUser: null, assigneeGroup: 'creative' }, me)).toBe('Reassigned to group creative.');
    expect(describeChange(open, { ...open, assigneeUser: 'account1', assigneeGroup: null }, me)).toBeNull();
  });

  it('ignores what does not change who may work on it', () => {
    expect(describeChange(open, { ...open, priority: 'urgent', dueAt: '2026-03-05T00:00:00Z' }, me)).toBeNull();
    expect(describeChange({ ...open, status: 'completed' }, { ...open, status: 'completed' }, me)).toBeNull();
  });
});
