import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Metric, PersonKpis } from '../../api/kpis';
import { formatMetric, isStageTime } from './metricFormat';

interface Props {
  people: PersonKpis[];
  currency: string;
}

/** The headline metrics per account person, as a table and as a chart of one chosen metric. */
export function PeopleBreakdown({ people, currency }: Props) {
  const columns: Metric[] = (people[0]?.metrics ?? []).filter((m) => !isStageTime(m));
  const [chosen, setChosen] = useState(columns[0]?.id ?? '');
  const chosenLabel = columns.find((c) => c.id === chosen)?.label ?? '';
  const data = people.map((p) => ({ person: p.displayName, value: p.metrics.find((m) => m.id === chosen)?.value ?? null }));

  if (people.length === 0) return <p className="muted">No account staff in scope.</p>;
  return (
    <section aria-labelledby="kpi-people-title">
      <h2 id="kpi-people-title">Per person</h2>
      <label className="kpi-inline">
        Chart
        <select aria-label="Metric to chart per person" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          {columns.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
        </select>
      </label>
      <figure className="kpi-chart" aria-label={`${chosenLabel} per person`}>
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="person" />
            <YAxis />
            <Tooltip />
            <Bar dataKey="value" name={chosenLabel} fill="#2f5bd3" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <div className="kpi-table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Person</th>
              {columns.map((c) => <th key={c.id} scope="col" title={c.formula}>{c.label}</th>)}
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.owner}>
                <th scope="row">{p.displayName}</th>
                {columns.map((c) => {
                  const m = p.metrics.find((x) => x.id === c.id);
                  return <td key={c.id} title={m?.noData ?? undefined}>{m ? formatMetric(m, currency) : '—'}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
