/** Time rules of an assignment's life, as plain functions of the shift window and now. */
import { isSameShanghaiDay } from '@app/listings';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type CheckInTiming = 'ok' | 'too_early' | 'too_late';

/**
 * A worker checks in on the shift's day in Asia/Shanghai, no earlier than
 * `earlyMinutes` before the start, and not after the end.
 */
export function checkInTiming(
  shift: { startsAt: Date; endsAt: Date },
  now: Date,
  earlyMinutes: number,
): CheckInTiming {
  if (now.getTime() >= shift.endsAt.getTime()) return 'too_late';
  if (!isSameShanghaiDay(now, shift.startsAt) && now < shift.startsAt) return 'too_early';
  if (now.getTime() < shift.startsAt.getTime() - earlyMinutes * MINUTE) return 'too_early';
  return 'ok';
}

/** A cancellation is late when it comes within `lateHours` of the start (or after it). */
export function isLateCancel(startsAt: Date, now: Date, lateHours: number): boolean {
  return startsAt.getTime() - now.getTime() < lateHours * HOUR;
}
