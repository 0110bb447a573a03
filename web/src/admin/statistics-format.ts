/**
 * Pure helpers of the statistics dashboard: period keys, how a figure reads, and
 * the chart series (suppressed entries are never plotted). No Vue or ECharts here,
 * so they are unit-tested on their own.
 */
import type { Delta, StatEntry, TrendPoint } from './statistics-api';

const DAY = 86_400_000;

/** "2030-03" for a Shanghai day "2030-03-14". */
export const monthKeyOf = (day: string) => day.slice(0, 7);

/** The ISO week ("2030-W11", Monday first) of a calendar day "YYYY-MM-DD". */
export function weekKeyOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = date.getUTCDay() || 7;
  const thursday = new Date(date.getTime() + (4 - weekday) * DAY);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / DAY / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** A count or hours as shown: "<5" when suppressed. */
export function figure(value: number | null, suppressed: boolean, min = 5): string {
  if (suppressed || value === null) return `<${min}`;
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** Fen as yuan, "¥1,234.50"; "<5"-style marker when suppressed. */
export function yuanFigure(fen: number | null, suppressed: boolean, min = 5): string {
  if (suppressed || fen === null) return `<${min}`;
  return `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** "+20%", "−3.5%", "" when there is no percent (nothing before, or suppressed). */
export function pctText(delta: Delta | undefined | null): string {
  if (!delta || delta.pct === null) return '';
  if (delta.pct === 0) return '0%';
  return `${delta.pct > 0 ? '+' : '−'}${Math.abs(delta.pct)}%`;
}

export interface Series {
  labels: string[];
  values: (number | null)[];
}

/** One bar per entry; a suppressed entry keeps its label and gets no bar. */
export function barSeries(
  entries: StatEntry[],
  label: (e: StatEntry) => string,
  value: (e: StatEntry) => number | null,
): Series {
  return {
    labels: entries.map(label),
    values: entries.map((e) => (e.suppressed ? null : value(e))),
  };
}

/** Pie slices of the published entries only, largest first. */
export function pieSlices(
  entries: StatEntry[],
  label: (e: StatEntry) => string,
  value: (e: StatEntry) => number | null,
): { name: string; value: number }[] {
  return entries
    .filter((e) => !e.suppressed && (value(e) ?? 0) > 0)
    .map((e) => ({ name: label(e), value: value(e)! }))
    .sort((a, b) => b.value - a.value);
}

export function trendSeries(points: TrendPoint[], value: (p: TrendPoint) => number | null): Series {
  return {
    labels: points.map((p) => p.period),
    values: points.map((p) => (p.suppressed ? null : value(p))),
  };
}

/** Hours to yuan-free units for an axis: fen → yuan. */
export const toYuan = (fen: number | null) => (fen === null ? null : fen / 100);
