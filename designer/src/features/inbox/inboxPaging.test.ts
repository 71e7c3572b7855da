import { clampPage, pageCount, pageLabel } from './inboxPaging';

describe('inbox paging', () => {
  it('labels the range shown out of the total', () => {
    expect(pageLabel(1, 50, 50, 889)).toBe('1–50 of 889');
    expect(pageLabel(18, 50, 39, 889)).toBe('851–889 of 889');
    expect(pageLabel(1, 50, 1, 1)).toBe('1–1 of 1');
    expect(pageLabel(1, 50, 0, 0)).toBe('No tasks');
    expect(pageLabel(3, 50, 0, 60)).toBe('0 of 60');
  });

  it('counts at least one page', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
  });

  it('moves a reader past the end back to the last page that has tasks', () => {
    expect(clampPage(3, 101, 50)).toBe(3);
    expect(clampPage(3, 100, 50)).toBe(2);
    expect(clampPage(2, 0, 50)).toBe(1);
    expect(clampPage(0, 10, 50)).toBe(1);
  });
});
