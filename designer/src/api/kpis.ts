import { api, query } from './client';

/** One KPI figure: null value means "no data", with the reason; the formula is shown on screen. */
export interface Metric {
  id: string;
  label: string;
  value: number | null;
  unit: 'businessHours' | 'hours' | 'score' | 'percent' | 'clients' | 'money' | 'count' | 'rounds' | string;
  formula: string;
  noData: string | null;
  sample: number;
}

export interface TaskLoad {
  person: string;
  open: number;
  overdue: number;
}

export interface CurrencyTotals {
  currency: string;
  contracted: number;
  invoiced: number;
  collected: number;
  overdueAmount: number;
  overdueInvoices: number;
}

export interface PersonKpis {
  owner: string;
  displayName: string;
  metrics: Metric[];
}

/** The answer of GET /api/kpis. */
export interface KpiReport {
  from: string;
  to: string;
  owner: string | null;
  generatedAt: string;
  currency: string;
  businessHours: string;
  metrics: Metric[];
  tasks: TaskLoad[];
  currencies: CurrencyTotals[];
  people: PersonKpis[];
}

export interface KpiFilter {
  from: string;
  to: string;
  owner?: string;
}

export const kpisApi = {
  get: (filter: KpiFilter, signal?: AbortSignal) => api.get<KpiReport>(`/api/kpis${query({ ...filter })}`, signal),
  csvUrl: (filter: KpiFilter) => `/api/kpis.csv${query({ ...filter })}`,
};
