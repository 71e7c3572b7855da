import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CurrencyTotals } from '../../api/kpis';

/** Contracted, invoiced and collected amounts per currency (never added across currencies). */
export function RevenueChart({ totals }: { totals: CurrencyTotals[] }) {
  return (
    <figure className="kpi-chart" aria-label="Revenue assurance">
      <figcaption>Revenue assurance: contracted, invoiced, collected and overdue, per currency</figcaption>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={totals} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="currency" />
          <YAxis />
          <Tooltip />
          <Legend />
          <Bar dataKey="contracted" fill="#2f5bd3" isAnimationActive={false} />
          <Bar dataKey="invoiced" fill="#6f8fe3" isAnimationActive={false} />
          <Bar dataKey="collected" fill="#1a7f37" isAnimationActive={false} />
          <Bar dataKey="overdueAmount" name="overdue" fill="#b42318" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
