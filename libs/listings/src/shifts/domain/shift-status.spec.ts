import {
  acceptsWorkers,
  canTransition,
  isFinal,
  isShiftStatus,
  SHIFT_STATUSES,
  ShiftStatus,
  shiftStatusByTime,
  statusAfterSeatChange,
} from './shift-status';

describe('shift status machine', () => {
  const allowed: [ShiftStatus, ShiftStatus][] = [
    ['pending_review', 'open'],
    ['pending_review', 'cancelled'],
    ['pending_review', 'expired'],
    ['open', 'filled'],
    ['open', 'in_progress'],
    ['open', 'cancelled'],
    ['open', 'expired'],
    ['filled', 'open'],
    ['filled', 'in_progress'],
    ['filled', 'cancelled'],
    ['filled', 'expired'],
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

  it('can cancel only a shift that has not started (held for review, open or filled)', () => {
    const cancellable = SHIFT_STATUSES.filter((s) => canTransition(s, 'cancelled'));
    expect(cancellable).toEqual(['pending_review', 'open', 'filled']);
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

describe('shiftStatusByTime', () => {
  const startsAt = new Date('2030-03-11T01:00:00Z');
  const endsAt = new Date('2030-03-11T05:00:00Z');
  const before = new Date('2030-03-11T00:30:00Z');
  const during = new Date('2030-03-11T02:00:00Z');
  const after = new Date('2030-03-11T05:00:00Z');
  const at = (status: ShiftStatus, checkedIn: number, now: Date) =>
    shiftStatusByTime({ status, startsAt, endsAt, checkedIn }, now);

  it('starts a shift once someone is on duty after the start, not before', () => {
    expect(at('filled', 1, during)).toBe('in_progress');
    expect(at('open', 1, during)).toBe('in_progress');
    expect(at('filled', 0, during)).toBe('filled');
    expect(at('open', 1, before)).toBe('open');
  });

  it('at the end completes a shift someone worked (through in_progress) and expires one nobody did', () => {
    const settle = (status: ShiftStatus, checkedIn: number, now: Date): ShiftStatus => {
      const next = at(status, checkedIn, now);
      return next === status ? status : settle(next, checkedIn, now);
    };
    expect(at('in_progress', 2, after)).toBe('completed');
    expect(at('in_progress', 2, during)).toBe('in_progress');
    expect(at('filled', 1, after)).toBe('in_progress');
    expect(settle('filled', 1, after)).toBe('completed');
    expect(settle('filled', 0, after)).toBe('expired');
    expect(settle('open', 0, after)).toBe('expired');
  });

  it('expires a shift still held for review once its start passes: nobody could take it any more', () => {
    expect(at('pending_review', 0, before)).toBe('pending_review');
    expect(at('pending_review', 0, during)).toBe('expired');
  });

  it('leaves cancelled and final shifts alone, and every move it makes is a legal one', () => {
    for (const status of SHIFT_STATUSES) {
      for (const checkedIn of [0, 1]) {
        for (const now of [before, during, after]) {
          const next = at(status, checkedIn, now);
          if (next !== status)
            expect([status, next, canTransition(status, next)]).toEqual([status, next, true]);
          if (isFinal(status) || status === 'cancelled') expect(next).toBe(status);
        }
      }
    }
  });
});
