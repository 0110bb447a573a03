/**
 * Assignment (a taken seat) life cycle of the contract. The legal moves, all others refused:
 *
 *   pending_confirm → confirmed    employer confirms (or at once with autoConfirm)
 *   pending_confirm → rejected     employer rejects; the seat is freed
 *   pending_confirm → cancelled    worker or employer cancels; the seat is freed
 *   confirmed       → checked_in   worker checks in on site (code or location)
 *   confirmed       → cancelled    worker or employer cancels; the seat is freed
 *   confirmed       → no_show      employer after the start, or automatically after the grace
 *   checked_in      → completed    check-out records minutes, hours and pay
 *
 * completed, rejected, cancelled and no_show are final.
 */
export const ASSIGNMENT_STATUSES = [
  'pending_confirm',
  'confirmed',
  'checked_in',
  'completed',
  'rejected',
  'cancelled',
  'no_show',
] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

const TRANSITIONS: Record<AssignmentStatus, readonly AssignmentStatus[]> = {
  pending_confirm: ['confirmed', 'rejected', 'cancelled'],
  confirmed: ['checked_in', 'cancelled', 'no_show'],
  checked_in: ['completed'],
  completed: [],
  rejected: [],
  cancelled: [],
  no_show: [],
};

export function canAssignmentTransition(from: AssignmentStatus, to: AssignmentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Statuses that hold a seat (and that the double-booking constraint covers). */
export const LIVE_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = [
  'pending_confirm',
  'confirmed',
  'checked_in',
];

/** Whether moving into `to` gives the seat back to the shift. */
export function freesSeat(to: AssignmentStatus): boolean {
  return to === 'rejected' || to === 'cancelled';
}

/** The employer sees the worker's name and phone only once they hired them. */
export function revealsContact(status: AssignmentStatus): boolean {
  return status === 'confirmed' || status === 'checked_in' || status === 'completed';
}
