import type { PayUnit } from '@app/listings';
import { payBelowMinimum } from '../offers/candidates/eligibility';
import type { Score } from '../offers/candidates/scoring';

/** How many recommendations a post gets: a phone screen's worth, no pagination. */
export const RECOMMENDATION_LIMIT = 20;

export interface AssessedShift {
  shiftId: string;
  startsAt: Date;
  endsAt: Date;
  pay: { unit: PayUnit; fen: number };
  distanceKm: number;
  /** Null when the worker is not eligible. */
  score: Score | null;
  reasons: readonly string[];
}

/**
 * The shifts to recommend for a worker post, best first: eligible by the matcher's
 * rules (no reasons, so a score), paying at least the post's own minimum when it
 * names one (the profile's minimum is already an eligibility rule), ordered by the
 * same score the matcher uses, then by shift id so equal scores keep their order.
 */
export function recommend<T extends AssessedShift>(
  assessed: T[],
  postMinPay: { unit: PayUnit; fen: number } | null,
  limit = RECOMMENDATION_LIMIT,
): (T & { score: Score })[] {
  return assessed
    .filter((a): a is T & { score: Score } => a.score !== null && a.reasons.length === 0)
    .filter((a) => !postMinPay || !payBelowMinimum(a, postMinPay))
    .sort((a, b) =>
      a.score.total !== b.score.total
        ? b.score.total - a.score.total
        : a.shiftId < b.shiftId
          ? -1
          : a.shiftId > b.shiftId
            ? 1
            : 0,
    )
    .slice(0, limit);
}
