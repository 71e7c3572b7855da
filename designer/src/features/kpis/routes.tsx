import { Route } from 'react-router';
import { KpiDashboardPage } from './KpiDashboardPage';

/** The KPI dashboard. */
export const kpiRoutes = <Route path="kpis" element={<KpiDashboardPage />} />;
