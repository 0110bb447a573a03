/**
 * The shift life cycle of the contract:
 *   open → filled → in_progress → completed, or cancelled / expired.
 * A filled shift reopens when a seat is freed (a worker cancels or is rejected);
 * a shift with some seats taken may start before it is full (open → in_progress).
 */
export const SHIFT_STATUSES = [
  'open',
  'filled',
  'in_progress',
  'completed',
  'cancelled',
  'expired',
] as const;
export type ShiftStatus = (typeof SHIFT_STATUSES)[number];

const TRANSITIONS: Record<ShiftStatus, readonly ShiftStatus[]> = {
  open: ['filled', 'in_progress', 'cancelled', 'expired'],
  filled: ['open', 'in_progress', 'cancelled'],
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
