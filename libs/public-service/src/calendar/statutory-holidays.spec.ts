import { statutoryHolidays } from './statutory-holidays';

const dates = (year: number, name: string): string[] =>
  statutoryHolidays(year)
    .filter((d) => d.name === name)
    .map((d) => d.date);

describe('statutory holidays (国务院令第793号)', () => {
  it('gives 2026 as the published notice has its statutory days', () => {
    expect(dates(2026, '元旦')).toEqual(['2026-01-01']);
    // 除夕 2026-02-16, 正月初一 2026-02-17.
    expect(dates(2026, '春节')).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19']);
    expect(dates(2026, '清明节')).toEqual(['2026-04-05']);
    expect(dates(2026, '劳动节')).toEqual(['2026-05-01', '2026-05-02']);
    expect(dates(2026, '端午节')).toEqual(['2026-06-19']);
    expect(dates(2026, '中秋节')).toEqual(['2026-09-25']);
    expect(dates(2026, '国庆节')).toEqual(['2026-10-01', '2026-10-02', '2026-10-03']);
  });

  it('gives 2025: 除夕 28 Jan, 清明 4 Apr, 端午 31 May, 中秋 6 Oct', () => {
    expect(dates(2025, '春节')).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
    expect(dates(2025, '清明节')).toEqual(['2025-04-04']);
    expect(dates(2025, '端午节')).toEqual(['2025-05-31']);
    expect(dates(2025, '中秋节')).toEqual(['2025-10-06']);
  });

  it('counts 13 days a year, in date order, every one inside the year', () => {
    for (const year of [2025, 2026, 2027, 2030]) {
      const days = statutoryHolidays(year).map((d) => d.date);
      expect(days).toHaveLength(13);
      expect(new Set(days).size).toBe(13);
      expect([...days].sort()).toEqual(days);
      expect(days.every((d) => d.startsWith(`${year}-`))).toBe(true);
    }
  });

  it('gives 2027 as the migration loads it', () => {
    expect(statutoryHolidays(2027).map((d) => d.date)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-04-05',
      '2027-05-01',
      '2027-05-02',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
    ]);
  });

  it('names a day once when 中秋 falls inside 国庆 (2028-10-03)', () => {
    const days = statutoryHolidays(2028);
    expect(days).toHaveLength(12);
    expect(days.filter((d) => d.date.startsWith('2028-10-'))).toEqual([
      { date: '2028-10-01', name: '国庆节' },
      { date: '2028-10-02', name: '国庆节' },
      { date: '2028-10-03', name: '中秋节、国庆节' },
    ]);
  });

  it('refuses years the rule does not cover', () => {
    expect(() => statutoryHolidays(2024)).toThrow(RangeError);
    expect(() => statutoryHolidays(2026.5)).toThrow(RangeError);
  });
});
