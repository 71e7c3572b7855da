import { act, cleanup, renderHook } from '@testing-library/react';
import { dueOnReturn, useRefreshTick } from './useRefreshTick';

let visibility: DocumentVisibilityState = 'visible';

function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('useRefreshTick', () => {
  it('ticks on the interval while the page is visible', () => {
    const { result } = renderHook(() => useRefreshTick(20_000));
    expect(result.current).toBe(0);
    act(() => vi.advanceTimersByTime(20_000));
    expect(result.current).toBe(1);
    act(() => vi.advanceTimersByTime(40_000));
    expect(result.current).toBe(3);
  });

  it('does not tick in a hidden tab, and ticks at once when it is shown again', () => {
    const { result } = renderHook(() => useRefreshTick(20_000));
    act(() => setVisibility('hidden'));
    act(() => vi.advanceTimersByTime(120_000));
    expect(result.current).toBe(0);
    act(() => setVisibility('visible'));
    expect(result.current).toBe(1);
    act(() => vi.advanceTimersByTime(19_000));
    expect(result.current).toBe(1);
    act(() => vi.advanceTimersByTime(1_000));
    expect(result.current).toBe(2);
  });

  it('ticks when the window gets the focus back, but not twice in a row', () => {
    const { result } = renderHook(() => useRefreshTick(20_000));
    act(() => vi.advanceTimersByTime(5_000));
    act(() => {
      window.dispatchEvent(new Event('focus'));
      window.dispatchEvent(new Event('focus'));
    });
    expect(result.current).toBe(1);
  });

  it('stops when the inbox closes', () => {
    const { result, unmount } = renderHook(() => useRefreshTick(1_000));
    unmount();
    act(() => vi.advanceTimersByTime(5_000));
    expect(result.current).toBe(0);
  });
});

describe('dueOnReturn', () => {
  it('waits two seconds after the last refresh', () => {
    expect(dueOnReturn(10_000, 11_999)).toBe(false);
    expect(dueOnReturn(10_000, 12_000)).toBe(true);
  });
});
