import { addCalendarDays, addWorkingDays, type WorkingCalendar } from './working-days';

/** How far the city trusts a year's calendar: the notice is loaded, or only the rule. */
export type CalendarYearStatus = 'confirmed' | 'provisional';

/** The years the calendar holds (a year absent from the map is not loaded at all). */
export type CalendarYears = ReadonlyMap<number, CalendarYearStatus>;

export type DueDate =
  | { dueOn: string; provisional: boolean; missingYear: null }
  /** The count would cross a year nobody has loaded: no date is promised. */
  | { dueOn: null; provisional: false; missingYear: number };

const yearOf = (date: string): number => Number(date.slice(0, 4));

/**
 * The `n`-th working day after `date`, but only on loaded years: a count that reaches
 * an unloaded year gives no date (every day of that year could be a holiday we do not
 * know of). The date is provisional when any counted year is not yet confirmed.
 */
export function dueDateOn(
  date: string,
  n: number,
  calendar: WorkingCalendar,
  years: CalendarYears,
): DueDate {
  const dueOn = addWorkingDays(date, n, calendar);
  let provisional = false;
  // The days counted are those after `date` up to the due date (the day itself never counts).
  for (let year = yearOf(addCalendarDays(date, 1)); year <= yearOf(dueOn); year += 1) {
    const status = years.get(year);
    if (status === undefined) return { dueOn: null, provisional: false, missingYear: year };
    if (status === 'provisional') provisional = true;
  }
  return { dueOn, provisional, missingYear: null };
}
