import { toHandoffRequest } from './handoffRequest';

describe('toHandoffRequest', () => {
  it('trims, leaves empty optional fields out and reads the budget as a number', () => {
    expect(
      toHandoffRequest({ name: ' Ada ', company: 'Contoso', email: 'ada@example.com ', phone: '', owner: '', notes: '  ', budget: '30000', currency: 'eur' }),
    ).toEqual({
      client: { name: 'Ada', company: 'Contoso', email: 'ada@example.com', phone: undefined },
      owner: undefined,
      notes: undefined,
      budget: 30000,
      currency: 'EUR',
    });
  });
});
