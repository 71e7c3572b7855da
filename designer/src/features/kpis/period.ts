/** A KPI period as the API takes it: whole days, `to` inclusive. */
export interface Period {
  from: string;
  to: string;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The preset periods offered next to the date pickers, relative to `today`. */
export function presets(today: Date): { label: string; period: Period }[] {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth();
  const quarterStart = new Date(Date.UTC(y, m - (m % 3), 1));
  const minus = (days: number) => new Date(today.getTime() - days * 86_400_000);
  return [
    { label: 'Last 30 days', period: { from: day(minus(29)), to: day(today) } },
    { label: 'This quarter', period: { from: day(quarterStart), to: day(today) } },
    { label: 'This year', period: { from: `${y}-01-01`, to: day(today) } },
    { label: 'Last 12 months', period: { from: day(minus(364)), to: day(today) } },
  ];
}
