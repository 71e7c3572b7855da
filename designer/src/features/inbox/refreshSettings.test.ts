import { refreshIntervalMs, refreshSecondsKey } from './refreshSettings';

const storage = (value: string | null) => ({ getItem: (key: string) => (key === refreshSecondsKey ? value : null) });

describe('refreshIntervalMs', () => {
  it('is 20 seconds unless the browser says otherwise', () => {
    expect(refreshIntervalMs(null)).toBe(20_000);
    expect(refreshIntervalMs(storage(null))).toBe(20_000);
    expect(refreshIntervalMs(storage('soon'))).toBe(20_000);
    expect(refreshIntervalMs(storage('1.5'))).toBe(1_500);
  });

  it('stays between a second and an hour', () => {
    expect(refreshIntervalMs(storage('0'))).toBe(1_000);
    expect(refreshIntervalMs(storage('99999'))).toBe(3_600_000);
  });
});
