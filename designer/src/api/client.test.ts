import { query } from './client';

describe('query', () => {
  it('keeps only defined, non-empty values and encodes them', () => {
    expect(query({ mine: true, stage: 'proposal & co', owner: '', page: undefined, size: 0 })).toBe('?mine=true&stage=proposal%20%26%20co&size=0');
  });

  it('is empty when nothing is set', () => {
    expect(query({ a: undefined, b: null })).toBe('');
  });
});
