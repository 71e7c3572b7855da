import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { StageTimeRow } from './metricFormat';

/** Median and 90th-percentile hours spent in each stage. */
export function StageTimeChart({ rows }: { rows: StageTimeRow[] }) {
  return (
    <figure className="kpi-chart" aria-label="Time in each stage">
      <figcaption>Time in each stage (hours; median and 90th percentile of the visits that ended in the period)</figcaption>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="stage" />
          <YAxis />
          <Tooltip />
          <Legend />
          <Bar dataKey="median" name="median" fill="#2f5bd3" isAnimationActive={false} />
          <Bar dataKey="p90" name="90th percentile" fill="#9db1ea" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
