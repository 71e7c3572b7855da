/** Placeholder until the kpis feature is built. */
export function KpiDashboardPage() {
  return <h1>KPIs</h1>;
}
