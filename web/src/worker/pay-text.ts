import { money } from '../shared/format';
import { t } from '../shared/i18n';
import type { Pay } from './types';

export const UNIT = {
  hour: { zh: '小时', en: 'hour' },
  day: { zh: '天', en: 'day' },
  piece: { zh: '件', en: 'piece' },
} as const;

/** Hours between two instants, to a quarter hour (what a worker reckons with). */
export function hoursBetween(startsAt: string, endsAt: string): number {
  const h = (Date.parse(endsAt) - Date.parse(startsAt)) / 36e5;
  return Math.round(h * 4) / 4;
}

/** "约 ¥140（4 小时）" for hourly pay; nothing for day or piece pay where it would be a guess. */
export function estimateText(shift: { pay: Pay; startsAt: string; endsAt: string }): string {
  if (shift.pay.unit !== 'hour') return '';
  const hours = hoursBetween(shift.startsAt, shift.endsAt);
  if (hours <= 0) return '';
  return t(
    { zh: '约 {total}（{h} 小时）', en: 'about {total} ({h} h)' },
    { total: money(Math.round(shift.pay.amountFen * hours)), h: hours },
  );
}
