import { splitErrors } from './errors';

describe('splitErrors', () => {
  it('gives each field its messages, whichever way the server spells the key', () => {
    const split = splitErrors({ needs: ['Wants and needs is required'], 'data.budget': ['too low'], '/data/start': ['not a date'] }, ['needs', 'budget', 'start']);
    expect(split).toEqual({ byField: { needs: ['Wants and needs is required'], budget: ['too low'], start: ['not a date'] }, other: [] });
  });

  it('keeps messages for keys that are no field to show at the top of the form', () => {
    const split = splitErrors({ outcome: ['Choose one of: won, lost'], data: ["'x' is not a field of this form"] }, ['needs']);
    expect(split).toEqual({ byField: {}, other: ['Choose one of: won, lost', "'x' is not a field of this form"] });
  });

  it('matches dotted names such as the handoff client fields', () => {
    expect(splitErrors({ 'client.email': ['required'] }, ['client.email']).byField).toEqual({ 'client.email': ['required'] });
  });
});
