/**
 * The candidate score: why one eligible worker gets an offer before another.
 *
 * Every part lies in [0, 1] and the total is their weighted sum, so a total is
 * in [0, 1] too and the parts stored on an offer explain it exactly:
 *
 * - distance 0.30: close workers arrive on time and spend less on travel;
 *   1 at the site, 0 at the edge of the search radius (linear).
 * - skill 0.15: the worker's level (1–5) in the shift's trade; level 1 → 0, 5 → 1.
 * - rating 0.15: average stars from employers, pulled towards a prior of 4★ with
 *   the weight of 3 ratings, so one 5★ rating does not outrank a long good record
 *   and newcomers are not buried; 1★ → 0, 5★ → 1.
 * - reliability 0.15: completed / (completed + no-shows) with a prior of 4 completed
 *   and 1 no-show (0.8 for a newcomer), so one early no-show is not a life sentence.
 * - fairness 0.15: time since the worker's last offer, saturating at 2 h; never
 *   offered → 1. Without it the same top workers would take every offer; with it
 *   offers rotate through the pool of good workers.
 * - favourite 0.10: the employer marked this worker as a favourite. Enough to break
 *   near-ties, not enough to override distance.
 */
export const SCORE_WEIGHTS = {
  distance: 0.3,
  skill: 0.15,
  rating: 0.15,
  reliability: 0.15,
  fairness: 0.15,
  favourite: 0.1,
} as const;

export type ScorePart = keyof typeof SCORE_WEIGHTS;
export type ScoreParts = Record<ScorePart, number>;

export interface Score {
  total: number;
  parts: ScoreParts;
}

export interface ScoreInput {
  distanceKm: number;
  radiusKm: number;
  /** Level 1–5 in the shift's trade. */
  level: number;
  /** Average stars received (1–5), null without ratings. */
  ratingAverage: number | null;
  ratingCount: number;
  completed: number;
  noShows: number;
  /** When the worker last received any offer; null when never. */
  lastOfferAt: Date | null;
  favourite: boolean;
  now: Date;
}

export const RATING_PRIOR = { stars: 4, weight: 3 } as const;
export const RELIABILITY_PRIOR = { completed: 4, noShows: 1 } as const;
export const FAIRNESS_SATURATION_MS = 2 * 3_600_000;

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

export function scoreParts(input: ScoreInput): ScoreParts {
  const ratingCount = Math.max(0, input.ratingCount);
  const stars =
    (RATING_PRIOR.stars * RATING_PRIOR.weight + (input.ratingAverage ?? 0) * ratingCount) /
    (RATING_PRIOR.weight + ratingCount);
  const completed = input.completed + RELIABILITY_PRIOR.completed;
  const noShows = input.noShows + RELIABILITY_PRIOR.noShows;
  const waited =
    input.lastOfferAt === null
      ? FAIRNESS_SATURATION_MS
      : input.now.getTime() - input.lastOfferAt.getTime();
  return {
    distance: input.radiusKm > 0 ? clamp01(1 - input.distanceKm / input.radiusKm) : 0,
    skill: clamp01((input.level - 1) / 4),
    rating: clamp01((stars - 1) / 4),
    reliability: clamp01(completed / (completed + noShows)),
    fairness: clamp01(waited / FAIRNESS_SATURATION_MS),
    favourite: input.favourite ? 1 : 0,
  };
}

/** The score stored on an offer: parts and total rounded to 4 decimals. */
export function score(input: ScoreInput): Score {
  const parts = scoreParts(input);
  let total = 0;
  for (const part of Object.keys(SCORE_WEIGHTS) as ScorePart[]) {
    total += SCORE_WEIGHTS[part] * parts[part];
  }
  const rounded = Object.fromEntries(
    Object.entries(parts).map(([k, v]) => [k, round4(v)]),
  ) as ScoreParts;
  return { total: round4(total), parts: rounded };
}

/** Best first: higher total, then the smaller worker id, so equal scores rank the same way every time. */
export function compareByScore(
  a: { workerId: string; score: Score },
  b: { workerId: string; score: Score },
): number {
  if (a.score.total !== b.score.total) return b.score.total - a.score.total;
  return a.workerId < b.workerId ? -1 : a.workerId > b.workerId ? 1 : 0;
}
