import type { Metric } from '../../api/kpis';
import { formatMetric, stageTimes } from './metricFormat';

const metric = (over: Partial<Metric>): Metric => ({
  id: 'x', label: 'X', value: 1, unit: 'count', formula: '', noData: null, sample: 1, ...over,
});

describe('formatMetric', () => {
  it('shows "no data" rather than zero when there was nothing to compute from', () => {
    expect(formatMetric(metric({ value: null, unit: 'score', noData: 'no survey answer' }), 'EUR')).toBe('no data');
  });

  it('formats percentages and long durations for reading', () => {
    expect(formatMetric(metric({ value: 42.5, unit: 'percent' }), 'EUR')).toMatch(/42[.,]5 %/);
    expect(formatMetric(metric({ value: 72, unit: 'hours' }), 'EUR')).toMatch(/^3 days$/);
  });
});

describe('stageTimes', () => {
  it('pairs each stage median with its 90th percentile in report order', () => {
    const rows = stageTimes([
      metric({ id: 'nps' }),
      metric({ id: 'stageTime.brief.median', value: 10 }),
      metric({ id: 'stageTime.brief.p90', value: 30 }),
      metric({ id: 'stageTime.proposal.median', value: null }),
      metric({ id: 'stageTime.proposal.p90', value: null }),
    ]);
    expect(rows).toEqual([
      { stage: 'brief', median: 10, p90: 30 },
      { stage: 'proposal', median: null, p90: null },
    ]);
  });
});
