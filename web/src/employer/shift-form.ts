import type { PayUnit } from '../shared/format';
import { fromShanghaiInput, nextFullHour, toShanghaiInput } from './shanghai-time';

/**
 * The post-a-shift form as the user types it (strings, yuan, Shanghai wall time),
 * its checks (the same limits as libs/listings/src/shifts/shift.dto.ts, so most
 * mistakes show before a round trip) and the request body it becomes.
 */
export interface ShiftForm {
  title: string;
  tradeCode: string;
  description: string;
  district: string;
  address: string;
  lat: string;
  lng: string;
  startsAt: string;
  endsAt: string;
  payUnit: PayUnit;
  payYuan: string;
  headcount: string;
  instant: boolean;
  autoConfirm: boolean;
  marketId: string;
  /** Ticked from the common list. */
  certificateChecks: string[];
  /** Any other certificate codes, typed. */
  certificates: string;
  minCredit: string;
}

export const LIMITS = {
  titleMax: 60,
  descriptionMax: 2000,
  addressMax: 200,
  headcountMax: 200,
  maxPayFen: 1_000_000,
  maxHours: 24,
  maxDaysAhead: 90,
  certificatesMax: 10,
  minCreditMax: 1000,
  /** The server's INSTANT_WINDOW_HOURS default; the server's answer lands in the same field. */
  instantWindowHours: 12,
} as const;

const CERTIFICATE_CODE = /^[a-z][a-z0-9_]{1,39}$/;
const HOUR_MS = 3600_000;

export function defaultForm(now: Date, district = ''): ShiftForm {
  const start = nextFullHour(now);
  return {
    title: '',
    tradeCode: '',
    description: '',
    district,
    address: '',
    lat: '',
    lng: '',
    startsAt: toShanghaiInput(start),
    endsAt: toShanghaiInput(new Date(start.getTime() + 4 * HOUR_MS)),
    payUnit: 'hour',
    payYuan: '',
    headcount: '1',
    instant: false,
    autoConfirm: false,
    marketId: '',
    certificateChecks: [],
    certificates: '',
    minCredit: '',
  };
}

/** A message key per problem; the page turns keys into words in the user's language. */
export type Problem =
  | 'required'
  | 'tooLong'
  | 'notNumber'
  | 'latRange'
  | 'lngRange'
  | 'startPast'
  | 'startTooFar'
  | 'endBeforeStart'
  | 'tooLongShift'
  | 'instantWindow'
  | 'payPositive'
  | 'payTooHigh'
  | 'payCents'
  | 'headcountRange'
  | 'certificateCode'
  | 'certificatesMax'
  | 'minCreditRange';

/** Problems keyed by the API's field paths, so server errors land in the same places. */
export type FormProblems = Partial<Record<string, { problem: Problem; max?: number }>>;

/** The ticked certificates and the typed ones (separated by spaces or commas), once each. */
export function certificateList(
  f: Pick<ShiftForm, 'certificateChecks' | 'certificates'>,
): string[] {
  const typed = f.certificates
    .split(/[\s,，、]+/)
    .map((c) => c.trim())
    .filter(Boolean);
  return [...new Set([...f.certificateChecks, ...typed])];
}

/** Yuan typed by a person → fen, or null when it is not an amount with at most two decimals. */
export function yuanToFen(yuan: string): number | null {
  const text = yuan.trim();
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return null;
  const [whole, cents = ''] = text.split('.');
  return Number(whole) * 100 + Number(cents.padEnd(2, '0'));
}

export function validate(f: ShiftForm, now: Date): FormProblems {
  const p: FormProblems = {};
  const title = f.title.trim();
  if (!title) p.title = { problem: 'required' };
  else if (title.length > LIMITS.titleMax) p.title = { problem: 'tooLong', max: LIMITS.titleMax };
  if (!f.tradeCode) p.tradeCode = { problem: 'required' };
  if (f.description.length > LIMITS.descriptionMax)
    p.description = { problem: 'tooLong', max: LIMITS.descriptionMax };
  if (!f.district) p['location.district'] = { problem: 'required' };
  const address = f.address.trim();
  if (!address) p['location.address'] = { problem: 'required' };
  else if (address.length > LIMITS.addressMax)
    p['location.address'] = { problem: 'tooLong', max: LIMITS.addressMax };
  const lat = Number(f.lat);
  const lng = Number(f.lng);
  if (f.lat.trim() === '' || !Number.isFinite(lat)) p['location.lat'] = { problem: 'notNumber' };
  else if (lat < -90 || lat > 90) p['location.lat'] = { problem: 'latRange' };
  if (f.lng.trim() === '' || !Number.isFinite(lng)) p['location.lng'] = { problem: 'notNumber' };
  else if (lng < -180 || lng > 180) p['location.lng'] = { problem: 'lngRange' };

  const start = fromShanghaiInput(f.startsAt);
  const end = fromShanghaiInput(f.endsAt);
  if (!start) p.startsAt = { problem: 'required' };
  else if (Date.parse(start) <= now.getTime()) p.startsAt = { problem: 'startPast' };
  else if (Date.parse(start) > now.getTime() + LIMITS.maxDaysAhead * 24 * HOUR_MS)
    p.startsAt = { problem: 'startTooFar', max: LIMITS.maxDaysAhead };
  else if (f.instant && Date.parse(start) > now.getTime() + LIMITS.instantWindowHours * HOUR_MS)
    p.startsAt = { problem: 'instantWindow', max: LIMITS.instantWindowHours };
  if (!end) p.endsAt = { problem: 'required' };
  else if (start && Date.parse(end) <= Date.parse(start)) p.endsAt = { problem: 'endBeforeStart' };
  else if (start && Date.parse(end) - Date.parse(start) > LIMITS.maxHours * HOUR_MS)
    p.endsAt = { problem: 'tooLongShift', max: LIMITS.maxHours };

  const fen = yuanToFen(f.payYuan);
  if (f.payYuan.trim() === '') p['pay.amountFen'] = { problem: 'required' };
  else if (fen === null) p['pay.amountFen'] = { problem: 'payCents' };
  else if (fen <= 0) p['pay.amountFen'] = { problem: 'payPositive' };
  else if (fen > LIMITS.maxPayFen)
    p['pay.amountFen'] = { problem: 'payTooHigh', max: LIMITS.maxPayFen / 100 };

  // A number input's v-model may hand over a number: read both as text.
  const headcountText = String(f.headcount).trim();
  const headcount = Number(headcountText);
  if (!/^\d+$/.test(headcountText) || headcount < 1 || headcount > LIMITS.headcountMax)
    p.headcount = { problem: 'headcountRange', max: LIMITS.headcountMax };

  const certs = certificateList(f);
  if (certs.length > LIMITS.certificatesMax)
    p['requirements.certificates'] = { problem: 'certificatesMax', max: LIMITS.certificatesMax };
  else if (certs.some((c) => !CERTIFICATE_CODE.test(c)))
    p['requirements.certificates'] = { problem: 'certificateCode' };
  const minCredit = String(f.minCredit).trim();
  if (minCredit !== '' && (!/^\d+$/.test(minCredit) || Number(minCredit) > LIMITS.minCreditMax))
    p['requirements.minCredit'] = { problem: 'minCreditRange', max: LIMITS.minCreditMax };
  return p;
}

/** The POST /shifts body; call only when validate() found nothing. */
export function toRequest(f: ShiftForm): Record<string, unknown> {
  const certificates = certificateList(f);
  const minCreditText = String(f.minCredit).trim();
  const minCredit = minCreditText === '' ? undefined : Number(minCreditText);
  const description = f.description.trim();
  return {
    title: f.title.trim(),
    tradeCode: f.tradeCode,
    ...(description ? { description } : {}),
    location: {
      lat: Number(f.lat),
      lng: Number(f.lng),
      address: f.address.trim(),
      district: f.district,
    },
    startsAt: fromShanghaiInput(f.startsAt),
    endsAt: fromShanghaiInput(f.endsAt),
    pay: { unit: f.payUnit, amountFen: yuanToFen(f.payYuan) },
    headcount: Number(f.headcount),
    ...(certificates.length || minCredit !== undefined
      ? {
          requirements: {
            ...(certificates.length ? { certificates } : {}),
            ...(minCredit !== undefined ? { minCredit } : {}),
          },
        }
      : {}),
    instant: f.instant,
    autoConfirm: f.autoConfirm,
    ...(f.marketId ? { marketId: f.marketId } : {}),
  };
}

/** Puts the site at the chosen district's centre (a start the employer then refines). */
export function placeAtDistrictCentre(
  f: ShiftForm,
  districts: { name: string; centre: { lat: number; lng: number } }[],
): void {
  const d = districts.find((x) => x.name === f.district);
  if (!d) return;
  f.lat = String(d.centre.lat);
  f.lng = String(d.centre.lng);
}
