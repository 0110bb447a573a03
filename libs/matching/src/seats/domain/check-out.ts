/**
 * Check-out rules (issue 13 item 10), as plain functions of the shift, the figures and now.
 * A check-out before the shift's start is refused; the figures recorded are the ones the
 * person checking out was shown and confirmed; a 0-minute job earns nothing.
 */
import { type PayUnit, type WorkRecord, workRecord } from './work-record';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * How old the figures shown at check-out may be when they are confirmed: long enough to
 * read the dialog, short enough that the recorded check-out time is when the worker left.
 */
export const CHECK_OUT_CONFIRM_MINUTES = 10;

/** Check-out opens at the shift's start, whoever checks out (worker or employer). */
export function canCheckOut(now: Date, shift: { startsAt: Date }): boolean {
  return now.getTime() >= shift.startsAt.getTime();
}

export type ConfirmedFiguresCheck = 'ok' | 'too_early' | 'stale' | 'changed';

/**
 * Whether figures confirmed for the check-out instant `at` may be recorded at `now`:
 * `at` is not before the start nor in the future, at most CHECK_OUT_CONFIRM_MINUTES old,
 * and the hours and pay are exactly what the rules give for `at`.
 */
export function checkConfirmedFigures(
  input: {
    startsAt: Date;
    checkInAt: Date;
    pay: { unit: PayUnit; amountFen: number };
    pieces?: number;
  },
  confirmed: { at: Date; hours: number; payFen: number },
  now: Date,
): { result: ConfirmedFiguresCheck; record: WorkRecord } {
  const record = workRecord(input.checkInAt, confirmed.at, input.pay, input.pieces);
  if (!canCheckOut(confirmed.at, input) || !canCheckOut(now, input)) {
    return { result: 'too_early', record };
  }
  const age = now.getTime() - confirmed.at.getTime();
  if (age < 0 || age > CHECK_OUT_CONFIRM_MINUTES * MINUTE) return { result: 'stale', record };
  if (record.hours !== confirmed.hours || record.payFen !== confirmed.payFen) {
    return { result: 'changed', record };
  }
  return { result: 'ok', record };
}

/** Only work that took time earns the completed credit and becomes a work record. */
export function earnsCompletion(minutesWorked: number): boolean {
  return minutesWorked > 0;
}

/** The employer may dispute the recorded hours until `windowHours` after the check-out. */
export function canDisputeHours(checkOutAt: Date, now: Date, windowHours: number): boolean {
  return now.getTime() <= checkOutAt.getTime() + windowHours * HOUR;
}

/** When the employer's dispute window closes. */
export function hoursDisputeUntil(checkOutAt: Date, windowHours: number): Date {
  return new Date(checkOutAt.getTime() + windowHours * HOUR);
}

/**
 * The pay that goes with the employer's figure: hourly pay by the minute, a day's pay
 * once (nothing for no time at all), piece pay unchanged (hours do not set it).
 */
export function payForMinutes(
  minutes: number,
  pay: { unit: PayUnit; amountFen: number },
  recordedPayFen: number,
): number {
  switch (pay.unit) {
    case 'hour':
      return Math.round((pay.amountFen * minutes) / 60);
    case 'day':
      return minutes > 0 ? pay.amountFen : 0;
    case 'piece':
      return recordedPayFen;
  }
}
