import {
  JobId,
  mayStartMatching,
  radiusSteps,
  seatsOpen,
  takesNoMoreOffers,
  triggersNextWave,
  waveSize,
} from './wave-rules';

describe('wave rules', () => {
  it('asks two workers per open seat, minus offers still pending', () => {
    expect(waveSize(seatsOpen({ headcount: 2, filled: 0 }), 0, 2)).toBe(4);
    expect(waveSize(seatsOpen({ headcount: 2, filled: 0 }), 3, 2)).toBe(1);
    expect(waveSize(seatsOpen({ headcount: 3, filled: 1 }), 4, 2)).toBe(0);
    expect(waveSize(seatsOpen({ headcount: 2, filled: 2 }), 0, 2)).toBe(0);
    expect(waveSize(1, 0, 1.5)).toBe(2);
  });

  it('never counts more seats than the headcount leaves', () => {
    expect(seatsOpen({ headcount: 1, filled: 3 })).toBe(0);
  });

  it('widens the radius by the growth factor and stops exactly at the maximum', () => {
    expect(radiusSteps(5, 1.6, 30)).toEqual([5, 8, 12.8, 20.48, 30]);
    expect(radiusSteps(40, 1.6, 30)).toEqual([30]);
  });

  it('starts the next wave on a decline, an expiry, a rejected or cancelled seat only', () => {
    expect(triggersNextWave('offer.closed', { reason: 'declined' })).toBe(true);
    expect(triggersNextWave('offer.closed', { reason: 'expired' })).toBe(true);
    expect(triggersNextWave('offer.closed', { reason: 'filled' })).toBe(false);
    expect(triggersNextWave('offer.closed', { reason: 'accepted' })).toBe(false);
    expect(triggersNextWave('assignment.updated', { status: 'rejected' })).toBe(true);
    expect(triggersNextWave('assignment.updated', { status: 'cancelled' })).toBe(true);
    expect(triggersNextWave('assignment.updated', { status: 'confirmed' })).toBe(false);
    expect(triggersNextWave('shift.updated', { status: 'open' })).toBe(false);
  });

  it('starts matching only for an open shift nobody has taken', () => {
    expect(mayStartMatching({ status: 'open', filled: 0 })).toBe(true);
    expect(mayStartMatching({ status: 'open', filled: 1 })).toBe(false);
    expect(mayStartMatching({ status: 'cancelled', filled: 0 })).toBe(false);
  });

  it('gives every step a deterministic job id BullMQ accepts', () => {
    expect(JobId.wave('s1', 2)).toBe('wave:s1:2');
    expect(JobId.expire('o1')).toBe('expire-o1');
  });

  it('knows when a shift takes no more offers: full, or no longer open', () => {
    expect(takesNoMoreOffers({ status: 'open', filled: 1, headcount: 1 })).toBe(true);
    expect(takesNoMoreOffers({ status: 'filled', filled: 2, headcount: 2 })).toBe(true);
    expect(takesNoMoreOffers({ status: 'cancelled', filled: 0, headcount: 2 })).toBe(true);
    expect(takesNoMoreOffers({ status: 'in_progress', filled: 1, headcount: 2 })).toBe(true);
    expect(takesNoMoreOffers({ status: 'open', filled: 1, headcount: 2 })).toBe(false);
    expect(takesNoMoreOffers({})).toBe(false);
  });
});
