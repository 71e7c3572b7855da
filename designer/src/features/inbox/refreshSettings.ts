/** Where a browser may override how often the inbox refreshes (the end-to-end tests shorten it). */
export const refreshSecondsKey = 'workflowagency.inbox.refreshSeconds';

const defaultSeconds = 20;

/**
 * How often the inbox asks the server for changes, in milliseconds: 20 s unless this browser's local storage
 * says otherwise, kept between 1 s and an hour so a typo neither hammers the server nor stops the refresh.
 */
export function refreshIntervalMs(storage: Pick<Storage, 'getItem'> | null): number {
  const raw = storage?.getItem(refreshSecondsKey);
  const seconds = raw ? Number(raw) : NaN;
  return Math.round((Number.isFinite(seconds) ? Math.min(Math.max(seconds, 1), 3600) : defaultSeconds) * 1000);
}

/** Local storage when the browser lets the page use it (a privacy mode may not). */
export function localSettings(): Pick<Storage, 'getItem'> | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
