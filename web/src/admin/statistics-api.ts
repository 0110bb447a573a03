import { ApiError, get } from '../shared/api';
import { acceptLanguage } from '../shared/i18n';
import { sessions } from '../shared/session';

/** The wire shapes of the admin statistics (clause 三) and the calls the dashboard makes. */
export type PeriodKind = 'week' | 'month';

export interface Delta {
  abs: number;
  pct: number | null;
}

export interface StatEntry {
  district: string | null;
  tradeCode: string | null;
  tradeNameZh?: string;
  tradeNameEn?: string;
  workers: number | null;
  records: number | null;
  hours: number | null;
  incomeFen: number | null;
  suppressed: boolean;
  change: { workers: Delta; records: Delta; hours: Delta; incomeFen: Delta } | null;
}

export interface StatOverview {
  periodKind: PeriodKind;
  period: string;
  from: string;
  until: string;
  previousPeriod: string;
  minWorkers: number;
  items: StatEntry[];
  byDistrict: StatEntry[];
  byTrade: StatEntry[];
  total: StatEntry;
}

export interface TrendPoint extends StatEntry {
  period: string;
  from: string;
  until: string;
}

export interface StatFilters {
  periodKind: PeriodKind;
  period: string;
  district?: string;
  trade?: string;
}

const query = (f: StatFilters) => ({
  periodKind: f.periodKind,
  period: f.period,
  district: f.district,
  trade: f.trade,
});

export const overview = (f: StatFilters) =>
  get<StatOverview>('/admin/statistics', { as: 'admin', query: query(f) });

export const trend = (f: StatFilters, count = 8) =>
  get<{ items: TrendPoint[] }>('/admin/statistics/trend', {
    as: 'admin',
    query: { ...query(f), count },
  });

/**
 * The CSV needs the admin's token, which a plain link cannot send: fetch it and
 * hand the browser a blob to save. A 401 first renews the session through a normal call.
 */
export async function downloadCsv(f: StatFilters): Promise<void> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query(f))) if (v) params.set(k, String(v));
  const url = `/api/v1/admin/statistics/export.csv?${params.toString()}`;
  const fetchCsv = () =>
    fetch(url, {
      headers: {
        Authorization: `Bearer ${sessions.admin?.accessToken ?? ''}`,
        'Accept-Language': acceptLanguage(),
      },
    });
  let response = await fetchCsv();
  if (response.status === 401) {
    await get('/me', { as: 'admin' });
    response = await fetchCsv();
  }
  if (!response.ok) {
    throw new ApiError(response.status, `HTTP_${response.status}`, response.statusText);
  }
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `statistics-${f.period}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
