import type { PayUnit } from '../shared/format';
import type { AvailabilitySlot, LatLng, WorkerProfile } from './types';

/** The profile as the form edits it: money in yuan as typed, everything else as the API has it. */
export interface ProfileForm {
  name: string;
  trades: { code: string; level: number }[];
  certificates: string[];
  homeDistrict: string;
  homeLocation: LatLng | null;
  maxTravelKm: string;
  minPayUnit: PayUnit;
  /** Empty: no minimum. */
  minPayYuan: string;
  availability: AvailabilitySlot[];
}

export const DEFAULT_TRAVEL_KM = 10;

export function toForm(p: WorkerProfile | null | undefined): ProfileForm {
  return {
    name: p?.name ?? '',
    trades: p ? p.trades.map((x) => ({ ...x })) : [],
    certificates: p ? [...p.certificates] : [],
    homeDistrict: p?.homeDistrict ?? '',
    homeLocation: p?.homeLocation ?? null,
    maxTravelKm: String(p?.maxTravelKm ?? DEFAULT_TRAVEL_KM),
    minPayUnit: p?.minPay?.unit ?? 'hour',
    minPayYuan: p?.minPay ? yuan(p.minPay.amountFen) : '',
    availability: p ? p.availability.map((s) => ({ ...s })) : [],
  };
}

/** 2550 fen → "25.5" */
export function yuan(fen: number): string {
  return String(fen / 100);
}

/** "25.5" → 2550; NaN for what is not an amount, so the server names the field. */
export function toFen(text: string): number {
  const trimmed = text.trim();
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return Number.NaN;
  return Math.round(Number(trimmed) * 100);
}

/** The PUT /workers/me body. Optional parts are left out when empty rather than sent blank. */
export function toBody(f: ProfileForm): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: f.name.trim(),
    trades: f.trades.map((x) => ({ code: x.code, level: x.level })),
    certificates: [...f.certificates],
    homeDistrict: f.homeDistrict,
    maxTravelKm: Number(f.maxTravelKm),
    availability: f.availability.map((s) => ({ weekday: s.weekday, from: s.from, to: s.to })),
  };
  if (f.homeLocation) body.homeLocation = { lat: f.homeLocation.lat, lng: f.homeLocation.lng };
  if (f.minPayYuan.trim() !== '')
    body.minPay = { unit: f.minPayUnit, amountFen: toFen(f.minPayYuan) };
  return body;
}

/**
 * Which form field a server error belongs to: `trades[1].code` → `trades`,
 * `minPay.amountFen` → `minPay`, `availability[0].to` → `availability`.
 */
export function fieldOf(path: string): string {
  return path.split(/[.[]/)[0] ?? path;
}

/** Server field errors gathered per form field (several rows of a list join into one message). */
export function errorsByField(fieldErrors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors)) {
    const key = fieldOf(path);
    const row = /\[(\d+)\]/.exec(path);
    const text = row ? `#${Number(row[1]) + 1} ${message}` : message;
    out[key] = out[key] ? `${out[key]}；${text}` : text;
  }
  return out;
}

/** Checks the form can ask before sending, in the worker's words; the server checks again. */
export function localProblems(f: ProfileForm): Record<string, 'required' | 'invalid'> {
  const p: Record<string, 'required' | 'invalid'> = {};
  if (!f.name.trim()) p.name = 'required';
  if (f.trades.length === 0) p.trades = 'required';
  if (!f.homeDistrict) p.homeDistrict = 'required';
  const km = Number(f.maxTravelKm);
  if (!Number.isInteger(km) || km < 1 || km > 100) p.maxTravelKm = 'invalid';
  if (f.minPayYuan.trim() !== '' && !(toFen(f.minPayYuan) > 0)) p.minPay = 'invalid';
  if (f.availability.some((s) => !s.from || !s.to || s.from >= s.to)) p.availability = 'invalid';
  return p;
}
