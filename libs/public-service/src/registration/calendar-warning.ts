import type { CalendarYears } from '../calendar';

export interface CalendarWarning {
  nextYear: number;
  nextYearStatus: 'confirmed' | 'provisional' | 'missing';
  /** Admins see a banner: from 1 December, next year is missing or not yet confirmed. */
  warn: boolean;
}

/**
 * Whether admins must act on next year's calendar. The State Council usually publishes
 * the arrangement in November or December, so December is when a missing one starts to
 * hurt (a 7-working-day count from late December reaches January).
 */
export function calendarWarning(today: string, years: CalendarYears): CalendarWarning {
  const nextYear = Number(today.slice(0, 4)) + 1;
  const nextYearStatus = years.get(nextYear) ?? 'missing';
  const december = today.slice(5, 7) === '12';
  return { nextYear, nextYearStatus, warn: december && nextYearStatus !== 'confirmed' };
}
