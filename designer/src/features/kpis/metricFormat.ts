import type { Metric } from '../../api/kpis';

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** A metric's value for a card or a table cell; "no data" is never shown as 0. */
export function formatMetric(metric: Metric, currency: string): string {
  if (metric.value === null) return 'no data';
  const v = metric.value;
  switch (metric.unit) {
    case 'percent':
      return `${number.format(v)} %`;
    case 'money':
      return new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 }).format(v);
    case 'hours':
      return v >= 48 ? `${number.format(v / 24)} days` : `${number.format(v)} h`;
    case 'businessHours':
      return `${number.format(v)} business h`;
    default:
      return number.format(v);
  }
}

/** Stage times come as `stageTime.<stage>.median|p90`; they are charted, not carded. */
export function isStageTime(metric: Metric): boolean {
  return metric.id.startsWith('stageTime.');
}

export interface StageTimeRow {
  stage: string;
  median: number | null;
  p90: number | null;
}

/** Pairs the median and p90 of each stage, in the order the report lists them (the process's stage order). */
export function stageTimes(metrics: Metric[]): StageTimeRow[] {
  const rows = new Map<string, StageTimeRow>();
  for (const m of metrics.filter(isStageTime)) {
    const [, stage, which] = m.id.split('.');
    if (!stage || !which) continue;
    const row = rows.get(stage) ?? { stage, median: null, p90: null };
    if (which === 'median') row.median = m.value;
    if (which === 'p90') row.p90 = m.value;
    rows.set(stage, row);
  }
  return [...rows.values()];
}
