import { dayKey } from '../shared/format';
import type { Assignment } from './types';

/** Income history maths, in Shanghai months: pure, so the totals are easy to check. */

/** "2026-11": the month an instant falls in, in the city's time zone. */
export const monthKey = (iso: string | Date) => dayKey(iso).slice(0, 7);

export interface MonthTotal {
  month: string;
  count: number;
  hours: number;
  payFen: number;
  items: Assignment[];
}

/** Completed work, newest first, grouped by the month it was checked out in. */
export function byMonth(assignments: Assignment[]): MonthTotal[] {
  const done = assignments
    .filter((a) => a.status === 'completed' && a.checkOutAt)
    .sort((a, b) => Date.parse(b.checkOutAt!) - Date.parse(a.checkOutAt!));
  const months = new Map<string, MonthTotal>();
  for (const a of done) {
    const month = monthKey(a.checkOutAt!);
    let total = months.get(month);
    if (!total) {
      total = { month, count: 0, hours: 0, payFen: 0, items: [] };
      months.set(month, total);
    }
    total.count += 1;
    // Hours come to 0.01 h: add in hundredths so the sum does not drift.
    total.hours = Math.round((total.hours + (a.hours ?? 0)) * 100) / 100;
    total.payFen += a.payFen ?? 0;
    total.items.push(a);
  }
  return [...months.values()];
}

/** This month's totals (zero when nothing was done yet). */
export function thisMonth(assignments: Assignment[], now: Date = new Date()): MonthTotal {
  const month = monthKey(now);
  return (
    byMonth(assignments).find((m) => m.month === month) ?? {
      month,
      count: 0,
      hours: 0,
      payFen: 0,
      items: [],
    }
  );
}
