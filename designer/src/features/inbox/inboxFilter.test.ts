import type { Me } from '../../api/auth';
import { choiceFromParams, choiceToParams, toTaskFilter } from './inboxFilter';

const me: Me = { userName: 'account1', displayName: 'Alex', roles: ['account'], groups: ['account', 'creative'], kind: 'user' };
const now = new Date('2026-03-01T10:00:00Z');

describe('inbox filters', () => {
  it('default to mine and my groups, open, soonest due first', () => {
    const choice = choiceFromParams(new URLSearchParams());
    expect(toTaskFilter(choice, me, now)).toEqual({ status: 'open', assignee: undefined, dueBefore: undefined, stage: undefined, sort: 'due', pageSize: 100 });
    expect(choiceToParams(choice).toString()).toBe('');
  });

  it('ask for my own tasks, a group, overdue ones and a stage', () => {
    expect(toTaskFilter(choiceFromParams(new URLSearchParams('show=mine')), me, now).assignee).toBe('account1');
    const choice = choiceFromParams(new URLSearchParams('show=group:creative&overdue=1&stage=brief&sort=priority'));
    expect(toTaskFilter(choice, me, now)).toMatchObject({ assignee: 'group:creative', dueBefore: '2026-03-01T10:00:00.000Z', stage: 'brief', sort: 'priority' });
  });

  it('round-trip through the address', () => {
    const params = 'show=mine&overdue=1&stage=brief&sort=priority';
    expect(choiceToParams(choiceFromParams(new URLSearchParams(params))).toString()).toBe(params);
  });
});
