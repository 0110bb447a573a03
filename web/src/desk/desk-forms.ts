import type { ConsentMethod, Market, OpeningInterval } from './types';

/**
 * Pure form ↔ request mapping for the desk, kept out of the components so the
 * rules (what is sent, how server field paths meet form fields) read in one place.
 */

export interface WalkInForm {
  phone: string;
  name: string;
  district: string;
  trade: string;
  level: number;
  maxTravelKm: number;
  method: ConsentMethod;
  consented: boolean;
  /** For a phone that already has an account: how the person proves it is theirs. */
  verifyBy: 'sms' | 'id';
  code: string;
  idNumber: string;
}

export const emptyWalkIn = (): WalkInForm => ({
  phone: '',
  name: '',
  district: '',
  trade: '',
  level: 3,
  maxTravelKm: 10,
  method: 'verbal',
  consented: false,
  verifyBy: 'sms',
  code: '',
  idNumber: '',
});

/** A full mainland mobile number, as typed with spaces or dashes. */
export function fullMobile(input: string): string | null {
  const compact = input.replace(/[\s-]/g, '');
  return /^1[3-9]\d{9}$/.test(compact) ? compact : null;
}

/**
 * POST /markets/:id/walk-ins; no consent block at all unless the box is ticked, and the
 * person's proof (SMS code or ID number) only when the phone already has an account.
 */
export function walkInBody(
  form: WalkInForm,
  textVersion: string,
  existingAccount = false,
): Record<string, unknown> {
  const verification =
    form.verifyBy === 'id'
      ? { idNumber: form.idNumber.trim().toUpperCase() }
      : { code: form.code.replace(/\s/g, '') };
  return {
    phone: form.phone.replace(/[\s-]/g, ''),
    ...(form.consented ? { consent: { method: form.method, textVersion } } : {}),
    ...(existingAccount ? { verification } : {}),
    profile: {
      name: form.name.trim(),
      trades: form.trade ? [{ code: form.trade, level: form.level }] : [],
      homeDistrict: form.district,
      maxTravelKm: form.maxTravelKm,
      // A walk-in agrees to each shift at the counter, so no weekly limits are kept.
      availability: [],
    },
  };
}

/** Server field paths → the form's own field names. */
export function walkInFieldErrors(errors: Record<string, string>): Record<string, string> {
  const map: Record<string, keyof WalkInForm> = {
    phone: 'phone',
    'profile.name': 'name',
    'profile.homeDistrict': 'district',
    'profile.trades': 'trade',
    'profile.maxTravelKm': 'maxTravelKm',
    consent: 'consented',
    'consent.method': 'method',
    'consent.textVersion': 'consented',
    verification: 'code',
    'verification.code': 'code',
    code: 'code',
    'verification.idNumber': 'idNumber',
  };
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const key = map[path] ?? (path.startsWith('profile.trades') ? 'trade' : undefined);
    if (key) out[key] ??= message;
    else out._form = out._form ? `${out._form}；${message}` : message;
  }
  return out;
}

/** A search box takes a full mobile number (exact match) or part of a name. */
export function walkInQuery(input: string): { phone?: string; q?: string } {
  const compact = input.replace(/[\s-]/g, '');
  if (/^1[3-9]\d{9}$/.test(compact)) return { phone: compact };
  return compact ? { q: input.trim() } : {};
}

export interface MarketForm {
  name: string;
  address: string;
  contactPhone: string;
  status: Market['status'];
  trades: string[];
  openingHours: OpeningInterval[];
}

export function marketForm(m: Market): MarketForm {
  return {
    name: m.name,
    address: m.address,
    contactPhone: m.contactPhone ?? '',
    status: m.status,
    trades: [...m.trades],
    openingHours: m.openingHours.map((h) => ({ ...h })),
  };
}

/**
 * PATCH /markets/:id with only what changed: two people editing different fields
 * both win, and an operator who leaves the status alone never trips the admin-only rule.
 */
export function marketPatch(before: MarketForm, after: MarketForm): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  if (after.name.trim() !== before.name) patch.name = after.name.trim();
  if (after.address.trim() !== before.address) patch.address = after.address.trim();
  if (after.contactPhone.trim() !== before.contactPhone) {
    patch.contactPhone = after.contactPhone.trim() || null;
  }
  if (after.status !== before.status) patch.status = after.status;
  if ([...after.trades].sort().join() !== [...before.trades].sort().join()) {
    patch.trades = after.trades;
  }
  const hours = (h: OpeningInterval[]) => JSON.stringify(h.map((x) => [x.weekday, x.from, x.to]));
  if (hours(after.openingHours) !== hours(before.openingHours)) {
    patch.openingHours = after.openingHours.map(({ weekday, from, to }) => ({
      weekday: Number(weekday),
      from,
      to,
    }));
  }
  return patch;
}

/**
 * Server field paths for the market form. Validation names `openingHours[0].to`,
 * the opening-hours rules `openingHours.0.to`: both become `openingHours[0]`
 * (one message per row); `trades[3]` becomes `trades`.
 */
export function marketFieldErrors(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const normal = path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
    const row = /^openingHours\[(\d+)\]/.exec(normal);
    const key = row
      ? `openingHours[${row[1]}]`
      : normal.startsWith('trades')
        ? 'trades'
        : normal.split(/[.[]/)[0]!;
    out[key] = out[key] ? `${out[key]}；${message}` : message;
  }
  return out;
}

export const WEEKDAYS = [
  { value: 1, zh: '周一', en: 'Mon' },
  { value: 2, zh: '周二', en: 'Tue' },
  { value: 3, zh: '周三', en: 'Wed' },
  { value: 4, zh: '周四', en: 'Thu' },
  { value: 5, zh: '周五', en: 'Fri' },
  { value: 6, zh: '周六', en: 'Sat' },
  { value: 7, zh: '周日', en: 'Sun' },
] as const;

/** Assignment statuses as the operator reads them to the worker. */
export const ASSIGNMENT_STATUS: Record<string, { zh: string; en: string }> = {
  pending_confirm: { zh: '已接单，待用工方确认', en: 'Taken, waiting for the employer to confirm' },
  confirmed: { zh: '用工方已确认', en: 'Confirmed by the employer' },
  checked_in: { zh: '已签到', en: 'Checked in' },
  completed: { zh: '已完成', en: 'Completed' },
  rejected: { zh: '用工方未录用', en: 'Not taken by the employer' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
  no_show: { zh: '未到岗', en: 'No-show' },
};
