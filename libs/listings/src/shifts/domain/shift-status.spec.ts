import {
  acceptsWorkers,
  canTransition,
  isFinal,
  isShiftStatus,
  SHIFT_STATUSES,
  ShiftStatus,
  statusAfterSeatChange,
} from './shift-status';

describe('shift status machine', () => {
  const allowed: [ShiftStatus, ShiftStatus][] = [
    ['open', 'filled'],
    ['open', 'in_progress'],
    ['open', 'cancelled'],
    ['open', 'expired'],
    ['filled', 'open'],
    ['filled', 'in_progress'],
    ['filled', 'cancelled'],
    ['in_progress', 'completed'],
  ];

  it('allows exactly the transitions of the contract', () => {
    for (const from of SHIFT_STATUSES) {
      for (const to of SHIFT_STATUSES) {
        const expected = allowed.some(([f, t]) => f === from && t === to);
        expect([from, to, canTransition(from, to)]).toEqual([from, to, expected]);
      }
    }
  });

  it('can cancel only a shift that has not started', () => {
    const cancellable = SHIFT_STATUSES.filter((s) => canTransition(s, 'cancelled'));
    expect(cancellable).toEqual(['open', 'filled']);
  });

  it('ends in completed, cancelled or expired', () => {
    expect(SHIFT_STATUSES.filter(isFinal)).toEqual(['completed', 'cancelled', 'expired']);
  });

  it('recognises the contract statuses and nothing else', () => {
    expect(isShiftStatus('in_progress')).toBe(true);
    expect(isShiftStatus('OPEN')).toBe(false);
    expect(isShiftStatus('done')).toBe(false);
  });

  it('offers seats only while open', () => {
    expect(SHIFT_STATUSES.filter(acceptsWorkers)).toEqual(['open']);
  });

  it('fills on the last seat and reopens when a seat is freed', () => {
    expect(statusAfterSeatChange('open', 2, 3)).toBe('open');
    expect(statusAfterSeatChange('open', 3, 3)).toBe('filled');
    expect(statusAfterSeatChange('filled', 2, 3)).toBe('open');
    expect(statusAfterSeatChange('in_progress', 1, 3)).toBe('in_progress');
    expect(statusAfterSeatChange('cancelled', 3, 3)).toBe('cancelled');
  });
});
