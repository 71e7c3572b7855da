import { useEffect, useState } from 'react';
import { kpisApi, type KpiReport } from '../../api/kpis';
import { ApiError } from '../../api/problem';
import { can } from '../../auth/permissions';
import { useSession } from '../../auth/SessionContext';
import { MetricCard } from './MetricCard';
import { isStageTime, stageTimes } from './metricFormat';
import { PeopleBreakdown } from './PeopleBreakdown';
import { presets, type Period } from './period';
import { PeriodPicker } from './PeriodPicker';
import { RevenueChart } from './RevenueChart';
import { StageTimeChart } from './StageTimeChart';
import { TaskLoadChart } from './TaskLoadChart';
import './kpis.css';

/** Account KPIs and process health for a period; managers may narrow it to one person, account staff see their own. */
export function KpiDashboardPage() {
  const { me } = useSession();
  const [period, setPeriod] = useState<Period>(() => presets(new Date())[3]!.period);
  const [owner, setOwner] = useState('');
  const [report, setReport] = useState<KpiReport | null>(null);
  // The people to choose from come from the everyone-report, so narrowing to one person keeps the others listed.
  const [people, setPeople] = useState<{ owner: string; displayName: string }[]>([]);
  const [error, setError] = useState<string | null>(null);
  const supervises = can.supervise(me);

  useEffect(() => {
    const abort = new AbortController();
    setError(null);
    kpisApi
      .get({ ...period, owner: supervises ? owner : '' }, abort.signal)
      .then((r) => {
        setReport(r);
        if (!r.owner) setPeople(r.people.map(({ owner: o, displayName }) => ({ owner: o, displayName })));
      })
      .catch((e: unknown) => {
        if (abort.signal.aborted) return;
        setError(e instanceof ApiError ? Object.values(e.problem.errors ?? {}).flat().join(' ') || (e.problem.detail ?? e.problem.title) : 'The KPIs could not be loaded.');
      });
    return () => abort.abort();
  }, [period, owner, supervises]);

  const filter = { ...period, owner: supervises ? owner : '' };
  return (
    <div className="kpi-page">
      <header className="kpi-header">
        <h1>KPIs</h1>
        <PeriodPicker period={period} onChange={setPeriod} />
        {supervises && (
          <label className="kpi-inline">
            Account person
            <select aria-label="Account person" value={owner} onChange={(e) => setOwner(e.target.value)}>
              <option value="">Everyone</option>
              {people.map((p) => <option key={p.owner} value={p.owner}>{p.displayName}</option>)}
            </select>
          </label>
        )}
        <a className="kpi-export" href={kpisApi.csvUrl(filter)} download>Export CSV</a>
      </header>
      {error && <p role="alert" className="error">{error}</p>}
      {!report && !error && <p className="loading">Loading…</p>}
      {report && (
        <>
          <p className="muted">
            {report.from.slice(0, 10)} to {report.to.slice(0, 10)} · response times count business hours ({report.businessHours})
          </p>
          <section className="kpi-cards" aria-label="Key figures">
            {report.metrics.filter((m) => !isStageTime(m)).map((m) => <MetricCard key={m.id} metric={m} currency={report.currency} />)}
          </section>
          <section className="kpi-charts" aria-label="Charts">
            <StageTimeChart rows={stageTimes(report.metrics)} />
            <TaskLoadChart loads={report.tasks} />
            <RevenueChart totals={report.currencies} />
          </section>
          {supervises && !owner && <PeopleBreakdown people={report.people} currency={report.currency} />}
        </>
      )}
    </div>
  );
}
