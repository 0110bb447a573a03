/**
 * How each credit event moves a user's credit score (0–1000, everyone starts at 100).
 * The one place these numbers live; docs/credit.md explains them.
 *
 * - no_show −20: the worker did not come (marked by the employer or automatically);
 * - late_cancel −10: a worker or employer cancelled within LATE_CANCEL_HOURS of the start;
 * - completed +2: a finished assignment, for the worker;
 * - good_rating +1: a five-star rating received;
 * - wage_complaint_upheld −50: staff upheld a worker's unpaid-wages complaint (employer);
 * - unsafe_work_upheld −40: staff upheld an unsafe-work complaint (employer);
 * - false_information −30: an admin found the user gave false information.
 */
export const CREDIT_DELTAS = {
  no_show: -20,
  late_cancel: -10,
  completed: 2,
  good_rating: 1,
  wage_complaint_upheld: -50,
  unsafe_work_upheld: -40,
  false_information: -30,
} as const;
export type CreditKind = keyof typeof CREDIT_DELTAS;
export const CREDIT_KINDS = Object.keys(CREDIT_DELTAS) as CreditKind[];

export const CREDIT_MIN = 0;
export const CREDIT_MAX = 1000;
/** Where everyone starts, and where a score returns to as its events age. */
export const CREDIT_BASE = 100;
/**
 * An event counts half after this many days, a quarter after twice as many: a no-show
 * last week weighs nearly fully, one from last year about a quarter. Six months is long
 * enough that a pattern shows, short enough that a worker can earn their way back.
 */
export const CREDIT_HALF_LIFE_DAYS = 180;

const DAY_MS = 86_400_000;

export function clampCredit(score: number): number {
  return Math.min(CREDIT_MAX, Math.max(CREDIT_MIN, score));
}

/** What the score needs of one ledger row. Voided events are left out by the caller or here. */
export interface CreditLedgerEntry {
  delta: number;
  at: Date;
  voided?: boolean;
}

/** How much an event of this age still counts: 1 when new, ½ after one half-life. */
export function creditWeight(at: Date, now: Date): number {
  const ageDays = Math.max(0, now.getTime() - at.getTime()) / DAY_MS;
  return Math.pow(0.5, ageDays / CREDIT_HALF_LIFE_DAYS);
}

/**
 * The credit score: the base plus every live event's delta weighed by its age
 * (exponential decay with CREDIT_HALF_LIFE_DAYS), rounded and kept within 0–1000.
 * Events in the future (a clock set back) count fully. users.credit_score caches it.
 */
export function creditScore(events: readonly CreditLedgerEntry[], now: Date): number {
  let sum = CREDIT_BASE;
  for (const e of events) {
    if (e.voided) continue;
    sum += e.delta * creditWeight(e.at, now);
  }
  return clampCredit(Math.round(sum));
}
