import { useEffect, useState } from 'react';

/** Focus and visibility often come together; one refresh answers both. */
const minimumGapMs = 2000;

/** Whether a refresh is due when the reader comes back: not if one ran a moment ago. */
export function dueOnReturn(lastAt: number, now: number): boolean {
  return now - lastAt >= minimumGapMs;
}

/**
 * A counter that goes up every `intervalMs` while the page is visible, and at once when the reader comes back to
 * it (the tab shown again, the window focused). A hidden tab does not tick: the Page Visibility API stops the
 * timer, so a forgotten inbox costs the server nothing.
 */
export function useRefreshTick(intervalMs: number): number {
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let lastAt = Date.now();
    let timer: ReturnType<typeof setInterval> | undefined;
    const visible = () => document.visibilityState !== 'hidden';
    const fire = () => {
      lastAt = Date.now();
      setTick((t) => t + 1);
    };
    const start = () => {
      timer ??= setInterval(fire, intervalMs);
    };
    const stop = () => {
      clearInterval(timer);
      timer = undefined;
    };
    const comeBack = () => {
      if (!visible()) return stop();
      // The interval starts over from this refresh, so the next one is a whole interval away.
      if (dueOnReturn(lastAt, Date.now())) {
        stop();
        fire();
      }
      start();
    };

    if (visible()) start();
    document.addEventListener('visibilitychange', comeBack);
    window.addEventListener('focus', comeBack);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', comeBack);
      window.removeEventListener('focus', comeBack);
    };
  }, [intervalMs]);

  return tick;
}
