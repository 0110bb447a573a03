import type { Market, OpeningInterval } from '../shared/api-types';
import { type District, loadDistricts } from '../shared/client-config';
import { lang, t } from '../shared/i18n';

export { type District, loadDistricts };
export type { Market, OpeningInterval, Page, Shift } from '../shared/api-types';

export const districtLabel = (d: District) => (lang.value === 'zh' ? d.name : d.nameEn);

export const kindLabel = (kind: Market['kind']) =>
  kind === 'public'
    ? t({ zh: '公共就业服务机构', en: 'Public employment service' })
    : t({ zh: '市场化运营', en: 'Market-run' });

const WEEKDAYS = {
  zh: ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  en: ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

/**
 * Opening hours as lines a person reads: weekdays with the same hours are
 * joined into a run ("周一至周五 08:30–11:30, 13:00–17:00"), days without
 * hours are left out.
 */
export function openingLines(hours: OpeningInterval[]): string[] {
  const byDay = new Map<number, string>();
  for (let day = 1; day <= 7; day++) {
    // Back-to-back intervals read as one (08:00–12:00 + 12:00–17:00 is 08:00–17:00).
    const joined: { from: string; to: string }[] = [];
    for (const h of hours
      .filter((x) => x.weekday === day)
      .sort((a, b) => a.from.localeCompare(b.from))) {
      const last = joined[joined.length - 1];
      if (last && last.to === h.from) last.to = h.to;
      else joined.push({ from: h.from, to: h.to });
    }
    const spans = joined.map((h) =>
      h.from === '00:00' && h.to === '00:00'
        ? t({ zh: '全天', en: 'all day' })
        : `${h.from}–${h.to}`,
    );
    if (spans.length) byDay.set(day, spans.join(', '));
  }
  const names = WEEKDAYS[lang.value];
  const lines: string[] = [];
  let day = 1;
  while (day <= 7) {
    const spans = byDay.get(day);
    if (!spans) {
      day++;
      continue;
    }
    let last = day;
    while (last < 7 && byDay.get(last + 1) === spans) last++;
    const days =
      last === day ? names[day] : `${names[day]}${t({ zh: '至', en: '–' })}${names[last]}`;
    lines.push(`${days} ${spans}`);
    day = last + 1;
  }
  return lines;
}
