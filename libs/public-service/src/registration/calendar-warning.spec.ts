import { calendarWarning } from './calendar-warning';

describe('the admins’ warning about next year’s calendar', () => {
  const provisional = new Map([
    [2026, 'confirmed'],
    [2027, 'provisional'],
  ] as const);

  it('starts on 1 December when next year is not confirmed, and not on 30 November', () => {
    expect(calendarWarning('2026-11-30', provisional).warn).toBe(false);
    expect(calendarWarning('2026-12-01', provisional)).toEqual({
      nextYear: 2027,
      nextYearStatus: 'provisional',
      warn: true,
    });
    expect(calendarWarning('2026-12-31', new Map([[2026, 'confirmed']]))).toEqual({
      nextYear: 2027,
      nextYearStatus: 'missing',
      warn: true,
    });
  });

  it('stops once next year is confirmed, and a new year starts quiet', () => {
    const confirmed = new Map([
      [2026, 'confirmed'],
      [2027, 'confirmed'],
    ] as const);
    expect(calendarWarning('2026-12-15', confirmed).warn).toBe(false);
    expect(calendarWarning('2027-01-02', confirmed)).toEqual({
      nextYear: 2028,
      nextYearStatus: 'missing',
      warn: false,
    });
  });
});
