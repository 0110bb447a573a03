// Deep imports keep this pure module free of the listings' Nest modules.
import { coversWindow, type AvailabilitySlot } from '@app/listings';
import type { PayUnit } from '@app/listings';

/** What the matcher knows about one worker when it weighs them for one shift. */
export interface WorkerFacts {
  workerId: string;
  trades: { code: string; level: number }[];
  certificates: string[];
  /** Weekly slots; empty means any time. */
  availability: AvailabilitySlot[];
  minPay: { unit: PayUnit; fen: number } | null;
  maxTravelKm: number;
  creditScore: number;
  blacklisted: boolean;
  /** From the worker's current (presence) position to the site. */
  distanceKm: number;
  /** Holds a live assignment whose period overlaps the shift's window. */
  busy: boolean;
  /** The worker is the employer who posted the shift (one phone may hold both roles). */
  ownShift?: boolean;
}

/** The parts of a shift that decide who may take it. */
export interface ShiftRequirements {
  tradeCode: string;
  certificates: string[];
  startsAt: Date;
  endsAt: Date;
  pay: { unit: PayUnit; fen: number };
  minCredit: number;
}

export const INELIGIBLE_REASONS = [
  'trade_missing',
  'certificate_missing',
  'outside_availability',
  'pay_below_minimum',
  'too_far',
  'credit_below_bar',
  'blacklisted',
  'busy',
  'own_shift',
] as const;
export type IneligibleReason = (typeof INELIGIBLE_REASONS)[number];

const HOUR_MS = 3_600_000;

/**
 * The credit a shift demands: its own minCredit, and for an instant (即时快招) shift at
 * least the instant-hire bar — same-day work leaves no time to replace a no-show, so a
 * worker under the bar gets no instant offers and cannot grab or be placed on an
 * instant shift; shifts posted ahead stay open to them (clause 十八, docs/credit.md).
 */
export function effectiveMinCredit(
  shift: { min_credit: number; instant: boolean },
  instantBar: number,
): number {
  return shift.instant ? Math.max(shift.min_credit, instantBar) : shift.min_credit;
}

/**
 * Why this worker may NOT take this shift; an empty list means eligible. Every
 * reason is reported (not only the first) so an admin sees the whole picture.
 */
/**
 * What the shift itself demands and the account's standing: no preference of the
 * worker can waive these. A grab (抢单) and an operator's placement check only these;
 * the worker's availability, minimum pay and travel distance are theirs to waive.
 */
const HARD_REQUIREMENTS: ReadonlySet<string> = new Set<IneligibleReason>([
  'trade_missing',
  'certificate_missing',
  'credit_below_bar',
  'blacklisted',
  'own_shift',
]);

export const isHardRequirement = (reason: string): boolean => HARD_REQUIREMENTS.has(reason);

export function ineligibility(worker: WorkerFacts, shift: ShiftRequirements): IneligibleReason[] {
  const reasons: IneligibleReason[] = [];
  if (!worker.trades.some((t) => t.code === shift.tradeCode)) reasons.push('trade_missing');
  if (shift.certificates.some((c) => !worker.certificates.includes(c)))
    reasons.push('certificate_missing');
  if (!coversWindow(worker.availability, shift.startsAt, shift.endsAt))
    reasons.push('outside_availability');
  if (worker.minPay && payBelowMinimum(shift, worker.minPay)) reasons.push('pay_below_minimum');
  if (worker.distanceKm > worker.maxTravelKm) reasons.push('too_far');
  if (worker.creditScore < shift.minCredit) reasons.push('credit_below_bar');
  if (worker.blacklisted) reasons.push('blacklisted');
  if (worker.busy) reasons.push('busy');
  if (worker.ownShift) reasons.push('own_shift');
  return reasons;
}

/**
 * Whether the shift pays less than the worker's minimum.
 *
 * Same unit: the amounts compare directly. Hour against day: both sides are turned
 * into what they pay for this shift's window (an hourly rate times the window's
 * hours; a day rate once, since a shift lasts at most 24 h), so ¥200/day for a
 * 4-hour shift meets a ¥40/hour minimum (¥160) and ¥30/hour for 4 hours (¥120)
 * misses a ¥150/day minimum. Piece pay depends on the worker's output and cannot
 * be compared with a time rate: such a shift is not excluded, the worker sees the
 * rate in the offer and may decline. Piece against piece compares directly.
 */
export function payBelowMinimum(
  shift: Pick<ShiftRequirements, 'startsAt' | 'endsAt' | 'pay'>,
  minimum: { unit: PayUnit; fen: number },
): boolean {
  if (shift.pay.unit === minimum.unit) return shift.pay.fen < minimum.fen;
  if (shift.pay.unit === 'piece' || minimum.unit === 'piece') return false;
  const hours = (shift.endsAt.getTime() - shift.startsAt.getTime()) / HOUR_MS;
  const forWindow = (p: { unit: PayUnit; fen: number }) =>
    p.unit === 'hour' ? p.fen * hours : p.fen;
  return forWindow(shift.pay) < forWindow(minimum);
}
