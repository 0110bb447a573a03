import {
  addCalendarDays,
  addWorkingDays,
  calendarDaysBetween,
  isCalendarDate,
  isWorkingDay,
  type WorkingCalendar,
} from './working-days';

/** The State Council's 2026 schedule (国办发明电〔2025〕7号), as the migration seeds it. */
const OFF: [from: string, to: string][] = [
  ['2026-01-01', '2026-01-03'],
  ['2026-02-15', '2026-02-23'],
  ['2026-04-04', '2026-04-06'],
  ['2026-05-01', '2026-05-05'],
  ['2026-06-19', '2026-06-21'],
  ['2026-09-25', '2026-09-27'],
  ['2026-10-01', '2026-10-07'],
];
const MAKE_UP = [
  '2026-01-04',
  '2026-02-14',
  '2026-02-28',
  '2026-05-09',
  '2026-09-20',
  '2026-10-10',
];
const cal2026: WorkingCalendar = new Map([
  ...OFF.flatMap(([from, to]) =>
    Array.from(
      { length: calendarDaysBetween(from, to) + 1 },
      (_, i) => [addCalendarDays(from, i), 'holiday'] as const,
    ),
  ),
  ...MAKE_UP.map((d) => [d, 'workday'] as const),
]);
const plain: WorkingCalendar = new Map();

describe('the working-day calendar', () => {
  it('counts Monday to Friday in an ordinary week, skipping the weekend', () => {
    // Mon 2026-03-09 + 7 working days: Tue…Fri (4), Mon…Wed (3) → Wed 2026-03-18.
    expect(addWorkingDays('2026-03-09', 7, plain)).toBe('2026-03-18');
    // Submitted on Friday: day one is Monday.
    expect(addWorkingDays('2026-03-13', 1, plain)).toBe('2026-03-16');
    // Submitted on Saturday or Sunday: counting starts on Monday too.
    expect(addWorkingDays('2026-03-14', 1, plain)).toBe('2026-03-16');
    expect(addWorkingDays('2026-03-15', 7, plain)).toBe('2026-03-24');
  });

  it('skips the Spring Festival 2026 (Feb 15–23) and counts the make-up Saturdays Feb 14 and 28', () => {
    // Fri Feb 13: Sat 14 (1), holiday to Mon 23, Tue 24 (2) … Fri 27 (5), Sat 28 (6), Mon Mar 2 (7).
    expect(addWorkingDays('2026-02-13', 7, cal2026)).toBe('2026-03-02');
    // Without the calendar the same submission would be due before the holiday ended.
    expect(addWorkingDays('2026-02-13', 7, plain)).toBe('2026-02-24');
    // Submitted on the make-up Saturday itself: that day does not count.
    expect(addWorkingDays('2026-02-14', 1, cal2026)).toBe('2026-02-24');
    // Submitted during the holiday.
    expect(addWorkingDays('2026-02-18', 7, cal2026)).toBe('2026-03-03');
  });

  it('follows the National Day and Mid-Autumn 2026 schedule', () => {
    // Fri Sep 18: Sun Sep 20 is a make-up day; Sep 25–27 and Oct 1–7 are off; Sat Oct 10 works.
    expect(addWorkingDays('2026-09-18', 1, cal2026)).toBe('2026-09-20');
    expect(addWorkingDays('2026-09-18', 7, cal2026)).toBe('2026-09-29');
    expect(addWorkingDays('2026-09-30', 1, cal2026)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 3, cal2026)).toBe('2026-10-10');
  });

  it('knows each kind of day', () => {
    expect(isWorkingDay('2026-01-01', cal2026)).toBe(false); // 元旦, a Thursday
    expect(isWorkingDay('2026-01-04', cal2026)).toBe(true); // make-up Sunday
    expect(isWorkingDay('2026-05-09', cal2026)).toBe(true); // make-up Saturday
    expect(isWorkingDay('2026-05-10', cal2026)).toBe(false); // an ordinary Sunday
    expect(isWorkingDay('2026-05-11', cal2026)).toBe(true); // an ordinary Monday
  });

  it('does date arithmetic across months and leap years, and refuses nonsense', () => {
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(calendarDaysBetween('2026-03-02', '2026-03-05')).toBe(3);
    expect(calendarDaysBetween('2026-03-05', '2026-03-02')).toBe(-3);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-2-3')).toBe(false);
    expect(() => addWorkingDays('2026-02-30', 1, plain)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-02', 0, plain)).toThrow(RangeError);
    const allOff: WorkingCalendar = new Map(
      Array.from({ length: 80 }, (_, i) => [addCalendarDays('2026-03-01', i), 'holiday'] as const),
    );
    expect(() => addWorkingDays('2026-03-01', 1, allOff)).toThrow(/no working day/);
  });
});
