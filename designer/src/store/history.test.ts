import { historyOf, historyReducer } from './history';

describe('undo/redo history', () => {
  it('undoes and redoes edits; a new edit drops the redo list', () => {
    let h = historyOf(1);
    h = historyReducer(h, { type: 'edit', change: (n) => n + 1 });
    h = historyReducer(h, { type: 'edit', change: (n) => n * 10 });
    expect(h.present).toBe(20);
    h = historyReducer(h, { type: 'undo' });
    expect(h.present).toBe(2);
    h = historyReducer(h, { type: 'redo' });
    expect(h.present).toBe(20);
    h = historyReducer(h, { type: 'undo' });
    h = historyReducer(h, { type: 'edit', change: (n) => n - 1 });
    expect(h).toEqual({ past: [1, 2], present: 1, future: [] });
  });

  it('ignores an edit that changes nothing and an undo with nothing to undo', () => {
    const h = historyOf('a');
    expect(historyReducer(h, { type: 'edit', change: (s) => s })).toBe(h);
    expect(historyReducer(h, { type: 'undo' })).toBe(h);
  });
});
