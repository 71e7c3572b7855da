import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TaskLoad } from '../../api/kpis';

/** Open and overdue tasks per person (and per group for unclaimed group tasks) at the end of the period. */
export function TaskLoadChart({ loads }: { loads: TaskLoad[] }) {
  return (
    <figure className="kpi-chart" aria-label="Open and overdue tasks per person">
      <figcaption>Open and overdue tasks per person at the end of the period</figcaption>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={loads} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="person" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar dataKey="open" name="open" fill="#2f5bd3" isAnimationActive={false} />
          <Bar dataKey="overdue" name="overdue" fill="#b42318" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
