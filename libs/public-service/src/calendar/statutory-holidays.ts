import { LunarDay, SolarTerm } from 'tyme4ts';
import { addCalendarDays } from './working-days';

/** One statutory holiday day (法定节假日) as the rule defines it. */
export interface StatutoryDay {
  date: string;
  name: string;
}

function ymd(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function solar(day: { getYear(): number; getMonth(): number; getDay(): number }): string {
  return ymd(day.getYear(), day.getMonth(), day.getDay());
}

/**
 * The statutory holiday days of `year` (13, or 12 when two feasts share a day) under 全国年节及纪念日放假办法 as amended by
 * 国务院令第793号 (in force 2025-01-01). Only the rule: the State Council's yearly
 * arrangement (bridging weekends, 调休上班) is published separately and is not derivable.
 * Lunar and solar-term days come from tyme4ts, so no date is typed by hand.
 */
export function statutoryHolidays(year: number): StatutoryDay[] {
  if (!Number.isInteger(year) || year < 2025 || year > 2099) {
    throw new RangeError(`the 793 rule applies from 2025; year out of range: ${year}`);
  }
  const springFestival = solar(LunarDay.fromYmd(year, 1, 1).getSolarDay());
  const qingming = solar(SolarTerm.fromName(year, '清明').getJulianDay().getSolarDay());
  const days: StatutoryDay[] = [
    { date: ymd(year, 1, 1), name: '元旦' },
    // 除夕 is the eve of 正月初一, whether 腊月 has 29 or 30 days.
    ...[-1, 0, 1, 2].map((i) => ({ date: addCalendarDays(springFestival, i), name: '春节' })),
    { date: qingming, name: '清明节' },
    { date: ymd(year, 5, 1), name: '劳动节' },
    { date: ymd(year, 5, 2), name: '劳动节' },
    { date: solar(LunarDay.fromYmd(year, 5, 5).getSolarDay()), name: '端午节' },
    { date: solar(LunarDay.fromYmd(year, 8, 15).getSolarDay()), name: '中秋节' },
    { date: ymd(year, 10, 1), name: '国庆节' },
    { date: ymd(year, 10, 2), name: '国庆节' },
    { date: ymd(year, 10, 3), name: '国庆节' },
  ];
  // 中秋 can fall inside 国庆 (2028-10-03): one day off, named for both.
  const byDate = new Map<string, string>();
  for (const d of days) {
    const named = byDate.get(d.date);
    byDate.set(d.date, named ? `${named}、${d.name}` : d.name);
  }
  return [...byDate]
    .map(([date, name]) => ({ date, name }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
