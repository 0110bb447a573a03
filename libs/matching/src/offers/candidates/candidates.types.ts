import type { IneligibleReason } from './eligibility';
import type { Score } from './scoring';

export interface RankOptions {
  /** Search radius around the site, km; also the scale of the distance part of the score. */
  radiusKm: number;
  /** At most this many candidates, best first. */
  limit: number;
  /** Workers to leave out (e.g. already chosen for another shift in the same batch). */
  excludeWorkerIds?: string[];
}

/** One eligible worker for a shift; `score` is what an offer stores. */
export interface RankedCandidate {
  workerId: string;
  distanceKm: number;
  score: Score;
}

/** Reasons that only candidate search knows, beside the eligibility rules. */
export type CandidateReason = IneligibleReason | 'offline' | 'already_offered' | 'no_profile';

/** Why a worker would or would not get an offer for a shift (for admins and tests). */
export interface CandidateExplanation {
  workerId: string;
  eligible: boolean;
  reasons: CandidateReason[];
  /** From the worker's current position; null when offline. */
  distanceKm: number | null;
  /** The score an offer would carry; null when not eligible. */
  score: Score | null;
}

/** One shift weighed for one worker from a given position (recommendations, invites). */
export interface ShiftAssessment {
  shiftId: string;
  /** Empty = eligible. */
  reasons: CandidateReason[];
  distanceKm: number;
  /** The score an offer would carry; null when not eligible. */
  score: Score | null;
}
