import type { Pay, PayUnit } from './api-types';
import { lang, t } from './i18n';

export type { PayUnit };

/** The city's zone: every time a person reads is Shanghai time, whatever the device says. */
const ZONE = 'Asia/Shanghai';

const UNIT = {
  hour: { zh: '小时', en: 'hour' },
  day: { zh: '天', en: 'day' },
  piece: { zh: '件', en: 'piece' },
} as const;

/** 18000 fen → "¥180" (cents only when there are any). */
export function money(fen: number): string {
  const yuan = fen / 100;
  return `¥${Number.isInteger(yuan) ? yuan : yuan.toFixed(2)}`;
}

/** "¥25/小时" */
export function pay(p: Pay): string {
  return `${money(p.amountFen)}/${t(UNIT[p.unit])}`;
}

const locale = () => (lang.value === 'zh' ? 'zh-CN' : 'en-GB');

/** "14:30" */
export function clock(iso: string | Date): string {
  return new Intl.DateTimeFormat(locale(), {
    timeZone: ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

/** "11月28日 14:30" */
export function dateTime(iso: string | Date): string {
  return new Intl.DateTimeFormat(locale(), {
    timeZone: ZONE,
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

/** "14:30–18:00", with the date when the shift is not today. */
export function timeRange(startsAt: string, endsAt: string): string {
  const sameDay = dayKey(startsAt) === dayKey(new Date());
  return `${sameDay ? clock(startsAt) : dateTime(startsAt)}–${clock(endsAt)}`;
}

export function dayKey(iso: string | Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(iso));
}

/** "1.2 km" or "800 m" */
export function distance(km: number | null | undefined): string {
  if (km === null || km === undefined) return '';
  return km < 1 ? `${Math.round(km * 1000)} m` : `${km.toFixed(1)} km`;
}

/** A geo: link opens the site in the phone's map app (Amap, Baidu, Apple, Google all accept it). */
export function geoLink(loc: { lat: number; lng: number }, label = ''): string {
  return `geo:${loc.lat},${loc.lng}?q=${loc.lat},${loc.lng}${label ? `(${encodeURIComponent(label)})` : ''}`;
}
