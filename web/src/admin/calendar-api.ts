import { api, get, post, put } from '../shared/api';

/** Wire shapes and calls of the working-day calendar (admin only). */
export type CalendarYearStatus = 'confirmed' | 'provisional' | 'missing';

export interface CalendarDay {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
}

export interface CalendarYear {
  year: string;
  status: CalendarYearStatus;
  source: string | null;
  confirmedAt: string | null;
  days: CalendarDay[];
}

export interface CalendarStatus {
  today: string;
  nextYear: number;
  nextYearStatus: CalendarYearStatus;
  warn: boolean;
  undatedRegistrations: number;
  years: { year: number; status: CalendarYearStatus; source: string; confirmedAt: string | null }[];
}

const as = 'admin' as const;

export const calendarStatus = () => get<CalendarStatus>('/admin/calendar/status', { as });
export const calendarYear = (year: number) =>
  get<CalendarYear>('/admin/calendar', { as, query: { year: String(year) } });
export const loadYear = (year: number) =>
  post<CalendarYear>(`/admin/calendar/years/${year}`, undefined, { as });
export const confirmYear = (year: number) =>
  post<CalendarYear>(`/admin/calendar/years/${year}/confirm`, undefined, { as });
export const setDay = (day: CalendarDay) =>
  put<CalendarDay>(`/admin/calendar/${day.date}`, { kind: day.kind, name: day.name }, { as });
export const removeDay = (date: string) => api<void>('DELETE', `/admin/calendar/${date}`, { as });
