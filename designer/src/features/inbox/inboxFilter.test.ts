import type { Me } from '../../api/auth';
import { choiceFromParams, choiceToParams, filterKey, toTaskFilter } from './inboxFilter';

const me: Me = { userName: 'account1', displayName: 'Alex', roles: ['account'], groups: ['account', 'creative'], kind: 'user' };
const now = new Date('2026-03-01T10:00:00Z');

describe('inbox filters', () => {
  it('default to mine and my groups, open, soonest due first', () => {
    const choice = choiceFromParams(new URLSearchParams());
    expect(toTaskFilter(choice, me, now)).toEqual({ status: 'open', assignee: undefined, dueBefore: undefined, stage: undefined, sort: 'due', page: 1, pageSize: 50 });
    expect(choiceToParams(choice).toString()).toBe('');
  });

  it('ask for my own tasks, a group, overdue ones and a stage', () => {
    expect(toTaskFilter(choiceFromParams(new URLSearchParams('show=mine')), me, now).assignee).toBe('account1');
    const choice = choiceFromParams(new URLSearchParams('show=group:creative&overdue=1&stage=brief&sort=priority'));
    expect(toTaskFilter(choice, me, now)).toMatchObject({ assignee: 'group:creative', dueBefore: '2026-03-01T10:00:00.000Z', stage: 'brief', sort: 'priority' });
  });

  it('round-trip through the address', () => {
    const params = 'show=mine&overdue=1&stage=brief&sort=priority&page=3';
    expect(choiceToParams(choiceFromParams(new URLSearchParams(params))).toString()).toBe(params);
  });

  it('ask for a page, the first when the address has none that makes sense', () => {
    expect(toTaskFilter(choiceFromParams(new URLSearchParams('page=2')), me, now)).toMatchObject({ page: 2, pageSize: 50 });
    for (const page of ['', '0', '-4', 'two']) expect(choiceFromParams(new URLSearchParams(`page=${page}`)).page).toBe(1);
  });

  it('tell the filters apart without the page', () => {
    const key = (params: string) => filterKey(choiceFromParams(new URLSearchParams(params)));
    expect(key('show=mine&page=2')).toBe(key('show=mine'));
    expect(key('show=mine')).not.toBe(key(''));
  });
});
