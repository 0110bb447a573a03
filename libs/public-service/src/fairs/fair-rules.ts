import { checkEventWindow, type FieldProblem } from '@app/common';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Limits on a fair's times: a fair is an event of one day, announced up to half a year ahead. */
export const FAIR_WINDOW = {
  /** The desk's PC clock may drift a little from the server's. */
  clockSkewMs: 5 * MINUTE,
  maxDurationMs: 24 * HOUR,
  maxLeadMs: 180 * DAY,
} as const;

export type FairState = 'upcoming' | 'running' | 'ended' | 'cancelled';

export interface FairTimes {
  startsAt: Date;
  endsAt: Date;
}

/**
 * Problems with a fair's times, each naming the field to fix; empty when fine.
 * The end follows the start, the fair lasts at most 24 h, starts in the future
 * (a little skew allowed) and within 180 days.
 */
export function checkFairWindow(w: FairTimes, now: Date): FieldProblem[] {
  return checkEventWindow(w, now, {
    ...FAIR_WINDOW,
    tooLong: { zh: '一场招聘会最长 24 小时', en: 'a job fair lasts at most 24 hours' },
    tooFarAhead: { zh: '只能安排 180 天内的招聘会', en: 'a job fair must start within 180 days' },
  });
}

/** Where a fair stands at `now`: the status column only says whether it was cancelled. */
export function fairState(
  f: FairTimes & { status: 'scheduled' | 'cancelled' | string },
  now: Date,
): FairState {
  if (f.status === 'cancelled') return 'cancelled';
  if (now.getTime() < f.startsAt.getTime()) return 'upcoming';
  return now.getTime() < f.endsAt.getTime() ? 'running' : 'ended';
}

/** Zones and booths may change and shifts be attached until the fair is over. */
export function isOpenForSetup(state: FairState): boolean {
  return state === 'upcoming' || state === 'running';
}
