/**
 * Pure rules of offer waves (no I/O), shared by the wave job and its tests.
 */
export interface WaveSettings {
  /** Offers per open seat, e.g. 2: two workers are asked for every seat still open. */
  factor: number;
  radiusKm: number;
  growth: number;
  maxRadiusKm: number;
}

/** Seats the shift still needs; accepted offers already count in `filled`. */
export function seatsOpen(shift: { headcount: number; filled: number }): number {
  return Math.max(0, shift.headcount - shift.filled);
}

/**
 * How many new offers a wave sends: enough that ceil(seats open × factor) offers
 * are pending, counting those still pending from earlier waves.
 */
export function waveSize(open: number, pendingOffers: number, factor: number): number {
  if (open <= 0) return 0;
  return Math.max(0, Math.ceil(open * factor) - pendingOffers);
}

/** The radii a search tries in turn: start, × growth each step, ending exactly at the maximum. */
export function radiusSteps(startKm: number, growth: number, maxKm: number): number[] {
  const steps: number[] = [];
  let r = Math.min(startKm, maxKm);
  for (;;) {
    steps.push(Math.round(r * 1000) / 1000);
    if (r >= maxKm) return steps;
    r = Math.min(maxKm, r * growth);
  }
}

/** Which published events trigger the next wave of a shift (see docs/matching.md). */
export function triggersNextWave(
  type: string,
  data: { reason?: string; status?: string },
): boolean {
  if (type === 'offer.closed') return data.reason === 'declined' || data.reason === 'expired';
  if (type === 'assignment.updated')
    return data.status === 'rejected' || data.status === 'cancelled';
  return false;
}

/** A `shift.updated` that may start matching: an open shift nobody has taken yet. */
export function mayStartMatching(data: { status?: string; filled?: number }): boolean {
  return data.status === 'open' && data.filled === 0;
}

/**
 * A `shift.updated` after which the shift takes no more offers: every seat taken, or no
 * longer open (cancelled, closed, under review). Its pending offers were revoked in the
 * same transaction, so nothing is left for their expiry jobs to do.
 */
export function takesNoMoreOffers(data: {
  status?: string;
  filled?: number;
  headcount?: number;
}): boolean {
  if (data.status === undefined) return false;
  if (data.status !== 'open') return true;
  return data.filled !== undefined && data.headcount !== undefined && data.filled >= data.headcount;
}

/**
 * BullMQ job ids make every step idempotent: adding a job whose id exists is a
 * no-op. (BullMQ allows ':' in custom ids only as exactly three parts, hence
 * `expire-<offerId>`.)
 */
export const JobId = {
  wave: (shiftId: string, wave: number) => `wave:${shiftId}:${wave}`,
  /** A wave's expiry, named by its first offer: a retried wave's new offers get a job of their own. */
  expire: (firstOfferId: string) => `expire-${firstOfferId}`,
} as const;

export const JobName = {
  Wave: 'wave',
  Expire: 'expire',
  Sweep: 'sweep',
} as const;

export interface WaveJobData {
  shiftId: string;
  wave: number;
}
/** The offers of one wave of one shift, which expire together. */
export interface ExpireJobData {
  offerIds: string[];
  /** A job queued before offers expired by the wave (one job per offer). */
  offerId?: string;
}
