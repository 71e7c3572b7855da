import { memo } from 'react';
import type { Metric } from '../../api/kpis';
import { formatMetric } from './metricFormat';

interface Props {
  metric: Metric;
  currency: string;
}

/** One KPI with its value, the formula it is computed by, and how many records it rests on. */
export const MetricCard = memo(function MetricCard({ metric, currency }: Props) {
  const noData = metric.value === null;
  return (
    <article className={noData ? 'kpi-card no-data' : 'kpi-card'} aria-label={metric.label} data-metric={metric.id}>
      <h3>{metric.label}</h3>
      <p className="kpi-value">{formatMetric(metric, currency)}</p>
      {noData ? <p className="kpi-reason">{metric.noData}</p> : <p className="kpi-sample">from {metric.sample} record{metric.sample === 1 ? '' : 's'}</p>}
      <p className="kpi-formula">{metric.formula}</p>
    </article>
  );
});
