/**
 * Working-day arithmetic for deadlines like "answered within 7 working days"
 * (clause 六). A day is a working day when the calendar says `workday` (a make-up
 * day, 调休, often a Saturday or Sunday), is not one when it says `holiday`, and
 * otherwise when it falls Monday to Friday. Dates are plain calendar dates
 * (YYYY-MM-DD) in Asia/Shanghai: no clock, no time zone, no database here.
 */
export type CalendarDayKind = 'holiday' | 'workday';

/** The exceptions to the Monday-to-Friday week, keyed by YYYY-MM-DD. */
export type WorkingCalendar = ReadonlyMap<string, CalendarDayKind>;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether `value` is a real calendar date written YYYY-MM-DD (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function toUtc(date: string): number {
  if (!isCalendarDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `date` moved by `days` calendar days (negative goes back). */
export function addCalendarDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(toUtc(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  const kind = calendar.get(date);
  if (kind === 'workday') return true;
  if (kind === 'holiday') return false;
  return isoWeekday(date) <= 5;
}

/**
 * The `n`-th working day after `date` (the day of `date` itself never counts, as
 * with any administrative time limit: submitted on Friday, day one is the next
 * working day). `n` must be at least 1.
 */
export function addWorkingDays(date: string, n: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer: ${n}`);
  let day = date;
  let counted = 0;
  // A year holds ~250 working days; a run of 60 days without one means the calendar is broken.
  for (let gap = 0; counted < n;) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day, calendar)) {
      counted += 1;
      gap = 0;
    } else if (++gap > 60) {
      throw new RangeError(`no working day in the 60 days after ${day}`);
    }
  }
  return day;
}

/**
 * How many calendar days a calendar covers at most for `n` working days: the
 * window a caller loads from the database before calling addWorkingDays.
 */
export function calendarWindowFor(n: number): number {
  // Five working days a week, plus the longest holiday run (Spring Festival, ~9 days) and a margin.
  return Math.ceil(n / 5) * 7 + 30;
}
