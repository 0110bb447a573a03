/**
 * The shift life cycle of the contract:
 *   open → filled → in_progress → completed, or cancelled / expired;
 *   pending_review → open | cancelled for an employer held for review (credit, clause 十八),
 *   or → expired when its start passes unreviewed (nobody could take it any more).
 * A filled shift reopens when a seat is freed (a worker cancels or is rejected);
 * a shift with some seats taken may start before it is full (open → in_progress);
 * a shift whose end passes with nobody on duty expires, filled or not.
 */
export const SHIFT_STATUSES = [
  'pending_review',
  'open',
  'filled',
  'in_progress',
  'completed',
  'cancelled',
  'expired',
] as const;
export type ShiftStatus = (typeof SHIFT_STATUSES)[number];

const TRANSITIONS: Record<ShiftStatus, readonly ShiftStatus[]> = {
  pending_review: ['open', 'cancelled', 'expired'],
  open: ['filled', 'in_progress', 'cancelled', 'expired'],
  filled: ['open', 'in_progress', 'cancelled', 'expired'],
  in_progress: ['completed'],
  completed: [],
  cancelled: [],
  expired: [],
};

export function isShiftStatus(value: string): value is ShiftStatus {
  return (SHIFT_STATUSES as readonly string[]).includes(value);
}

export function canTransition(from: ShiftStatus, to: ShiftStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** No transition leaves these. */
export function isFinal(status: ShiftStatus): boolean {
  return TRANSITIONS[status].length === 0;
}

/** Workers can still get a seat: open or filled-but-may-reopen are not the same thing. */
export function acceptsWorkers(status: ShiftStatus): boolean {
  return status === 'open';
}

/**
 * The status after the number of taken seats changed: the last seat taken fills
 * an open shift, a freed seat reopens a filled one; any other status is kept.
 */
export function statusAfterSeatChange(
  current: ShiftStatus,
  filled: number,
  headcount: number,
): ShiftStatus {
  if (current === 'open' && filled >= headcount) return 'filled';
  if (current === 'filled' && filled < headcount) return 'open';
  return current;
}

/** What the clock decides about a shift: the facts `shiftStatusByTime` needs. */
export interface ShiftTimeFacts {
  status: ShiftStatus;
  startsAt: Date;
  endsAt: Date;
  /** Assignments that checked in (on duty now, or done). */
  checkedIn: number;
}

/**
 * The status time alone moves a shift to: someone on duty after the start makes it
 * in_progress; at the end it is completed if anyone worked, else expired. Returns
 * one legal step; apply it until it no longer changes (at most two steps). Seat
 * changes are statusAfterSeatChange's business; cancelled and final shifts stay.
 */
export function shiftStatusByTime(f: ShiftTimeFacts, now: Date): ShiftStatus {
  const started = now >= f.startsAt;
  const ended = now >= f.endsAt;
  if (f.status === 'pending_review') return started ? 'expired' : 'pending_review';
  if (f.status === 'in_progress') return ended ? 'completed' : 'in_progress';
  if (f.status !== 'open' && f.status !== 'filled') return f.status;
  // One legal step at a time: a shift someone worked goes through in_progress.
  if (f.checkedIn > 0 && started) return 'in_progress';
  if (ended) return 'expired';
  return f.status;
}
