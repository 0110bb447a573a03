/**
 * Statistics periods: Asia/Shanghai calendar weeks (ISO 8601, Monday first, written
 * `2030-W11`) and calendar months (`2030-03`). Work records carry their Shanghai
 * date already, so everything here is plain calendar arithmetic on dates (UTC
 * midnights stand for calendar days; no time zone is involved any more).
 */
export const PERIOD_KINDS = ['week', 'month'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  /** `2030-W11` or `2030-03` */
  key: string;
  /** first day, `YYYY-MM-DD` */
  from: string;
  /** the day after the last, `YYYY-MM-DD` (exclusive) */
  to: string;
}

const DAY = 86_400_000;
const WEEK_KEY = /^(\d{4})-W(\d{2})$/;
const MONTH_KEY = /^(\d{4})-(\d{2})$/;

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

/** Monday of ISO week 1: the week holding 4 January. */
function weekOneMonday(year: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const weekday = jan4.getUTCDay() || 7;
  return new Date(jan4.getTime() - (weekday - 1) * DAY);
}

function weeksIn(year: number): number {
  return Math.round(
    (weekOneMonday(year + 1).getTime() - weekOneMonday(year).getTime()) / (7 * DAY),
  );
}

function week(year: number, n: number): Period {
  const monday = new Date(weekOneMonday(year).getTime() + (n - 1) * 7 * DAY);
  return {
    kind: 'week',
    key: `${year}-W${pad(n)}`,
    from: toDay(monday),
    to: toDay(new Date(monday.getTime() + 7 * DAY)),
  };
}

function month(year: number, m: number): Period {
  return {
    kind: 'month',
    key: `${year}-${pad(m)}`,
    from: toDay(new Date(Date.UTC(year, m - 1, 1))),
    to: toDay(new Date(Date.UTC(year, m, 1))),
  };
}

/** The period a key names, or null when the key is not one (wrong shape, week 54, month 13). */
export function parsePeriod(kind: PeriodKind, key: string): Period | null {
  if (kind === 'week') {
    const m = WEEK_KEY.exec(key);
    if (!m) return null;
    const year = Number(m[1]);
    const n = Number(m[2]);
    return n >= 1 && n <= weeksIn(year) ? week(year, n) : null;
  }
  const m = MONTH_KEY.exec(key);
  if (!m) return null;
  const mm = Number(m[2]);
  return mm >= 1 && mm <= 12 ? month(Number(m[1]), mm) : null;
}

/** The period of `kind` holding the calendar day `day` (`YYYY-MM-DD`). */
export function periodOf(kind: PeriodKind, day: string): Period {
  const date = toDate(day);
  if (kind === 'month') return month(date.getUTCFullYear(), date.getUTCMonth() + 1);
  // The ISO week-year is the year of the week's Thursday.
  const weekday = date.getUTCDay() || 7;
  const thursday = new Date(date.getTime() + (4 - weekday) * DAY);
  const year = thursday.getUTCFullYear();
  const n = Math.floor((thursday.getTime() - weekOneMonday(year).getTime()) / (7 * DAY)) + 1;
  return week(year, n);
}

/** The period just before `p` (the one a change is measured against). */
export function previousPeriod(p: Period): Period {
  return periodOf(p.kind, toDay(new Date(toDate(p.from).getTime() - DAY)));
}

/** `count` periods ending with `p`, oldest first (a trend line). */
export function periodsEnding(p: Period, count: number): Period[] {
  const out = [p];
  while (out.length < count) out.unshift(previousPeriod(out[0]!));
  return out;
}
