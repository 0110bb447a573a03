import {
  ASSIGNMENT_STATUSES,
  AssignmentStatus,
  canAssignmentTransition,
  freesSeat,
  revealsContact,
} from './assignment-status';

describe('assignment state machine', () => {
  const legal: [AssignmentStatus, AssignmentStatus][] = [
    ['pending_confirm', 'confirmed'],
    ['pending_confirm', 'rejected'],
    ['pending_confirm', 'cancelled'],
    ['confirmed', 'checked_in'],
    ['confirmed', 'cancelled'],
    ['confirmed', 'no_show'],
    ['checked_in', 'completed'],
  ];

  it.each(legal)('allows %s → %s', (from, to) => {
    expect(canAssignmentTransition(from, to)).toBe(true);
  });

  const illegal = ASSIGNMENT_STATUSES.flatMap((from) =>
    ASSIGNMENT_STATUSES.map((to) => [from, to] as [AssignmentStatus, AssignmentStatus]),
  ).filter(([from, to]) => !legal.some(([f, t]) => f === from && t === to));

  it('refuses every other move (42 of 49)', () => {
    expect(illegal).toHaveLength(42);
  });

  it.each(illegal)('refuses %s → %s', (from, to) => {
    expect(canAssignmentTransition(from, to)).toBe(false);
  });

  it('frees the seat on reject and cancel only', () => {
    expect(ASSIGNMENT_STATUSES.filter(freesSeat)).toEqual(['rejected', 'cancelled']);
  });

  it('reveals contact data to the employer only for hired workers', () => {
    expect(ASSIGNMENT_STATUSES.filter(revealsContact)).toEqual([
      'confirmed',
      'checked_in',
      'completed',
    ]);
  });
});
