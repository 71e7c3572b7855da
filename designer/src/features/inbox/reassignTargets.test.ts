import { reassignTargets } from './reassignTargets';

describe('reassignTargets', () => {
  it('lists the people but the holder, by name, then the teams anyone is in', () => {
    const users = [
      { userName: 'creative', displayName: 'Casey Creative', roles: [], groups: ['creative'] },
      { userName: 'account1', displayName: 'Alex Account', roles: ['account'], groups: ['account'] },
      { userName: 'account2', displayName: 'Avery Account', roles: ['account'], groups: ['account'] },
    ];
    expect(reassignTargets(users, 'account1')).toEqual([
      { value: 'account2', label: 'Avery Account (account2)' },
      { value: 'creative', label: 'Casey Creative (creative)' },
      { value: 'group:account', label: 'Team: account' },
      { value: 'group:creative', label: 'Team: creative' },
    ]);
  });
});
