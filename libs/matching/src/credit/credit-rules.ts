/**
 * How each credit event moves a user's credit score (0–1000, everyone starts at 100).
 * The one place these numbers live; docs/matching.md repeats them.
 *
 * - no_show −20: the worker did not come (marked by the employer or automatically);
 * - late_cancel −10: a worker or employer cancelled within LATE_CANCEL_HOURS of the start;
 * - completed +2: a finished assignment, for the worker;
 * - good_rating +1: a five-star rating received;
 * - wage_complaint_upheld −50, false_information −30: kept for the complaints desk (clause 十八).
 */
export const CREDIT_DELTAS = {
  no_show: -20,
  late_cancel: -10,
  completed: 2,
  good_rating: 1,
  wage_complaint_upheld: -50,
  false_information: -30,
} as const;
export type CreditKind = keyof typeof CREDIT_DELTAS;

export const CREDIT_MIN = 0;
export const CREDIT_MAX = 1000;

export function clampCredit(score: number): number {
  return Math.min(CREDIT_MAX, Math.max(CREDIT_MIN, score));
}
