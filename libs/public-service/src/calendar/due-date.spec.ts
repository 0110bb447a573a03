import { dueDateOn, type CalendarYears } from './due-date';
import { statutoryHolidays } from './statutory-holidays';
import type { WorkingCalendar } from './working-days';

/** 2026's end as the notice has it (ordinary weeks) plus 2027's statutory days only. */
const calendar: WorkingCalendar = new Map(
  statutoryHolidays(2027).map((d) => [d.date, 'holiday'] as const),
);
const both: CalendarYears = new Map([
  [2026, 'confirmed'],
  [2027, 'provisional'],
]);

describe('a due date across years', () => {
  it('stays final inside a confirmed year', () => {
    // Mon 2026-12-07 + 7 working days → Wed 2026-12-16.
    expect(dueDateOn('2026-12-07', 7, calendar, both)).toEqual({
      dueOn: '2026-12-16',
      provisional: false,
      missingYear: null,
    });
  });

  it('skips New Year 2027 from 2026-12-23 and is provisional while 2027 is', () => {
    // Wed 12-23: Thu 24 (1), Fri 25 (2), Mon 28…Thu 31 (6), Fri 2027-01-01 is 元旦, Mon 01-04 (7).
    expect(dueDateOn('2026-12-23', 7, calendar, both)).toEqual({
      dueOn: '2027-01-04',
      provisional: true,
      missingYear: null,
    });
    const confirmed: CalendarYears = new Map([
      [2026, 'confirmed'],
      [2027, 'confirmed'],
    ]);
    expect(dueDateOn('2026-12-23', 7, calendar, confirmed).provisional).toBe(false);
  });

  it('gives no date when the count reaches a year not loaded', () => {
    const only2026: CalendarYears = new Map([[2026, 'confirmed']]);
    expect(dueDateOn('2026-12-23', 7, calendar, only2026)).toEqual({
      dueOn: null,
      provisional: false,
      missingYear: 2027,
    });
    // Still fine when the whole count stays in 2026.
    expect(dueDateOn('2026-12-14', 7, calendar, only2026).dueOn).toBe('2026-12-23');
  });

  it('needs only the years counted, not the year of the submission day', () => {
    // Submitted on 2026-12-31 in a city that only loaded 2027: every counted day is in 2027.
    const only2027: CalendarYears = new Map([[2027, 'confirmed']]);
    expect(dueDateOn('2026-12-31', 1, calendar, only2027)).toEqual({
      dueOn: '2027-01-04',
      provisional: false,
      missingYear: null,
    });
  });
});
