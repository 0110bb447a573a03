import {
  effectiveMinCredit,
  ineligibility,
  payBelowMinimum,
  type ShiftRequirements,
  type WorkerFacts,
} from './eligibility';

// Tuesday 1 December 2026, 09:00–13:00 in Shanghai.
const shift: ShiftRequirements = {
  tradeCode: 'loader',
  certificates: ['health_cert'],
  startsAt: new Date('2026-12-01T09:00:00+08:00'),
  endsAt: new Date('2026-12-01T13:00:00+08:00'),
  pay: { unit: 'hour', fen: 3000 },
  minCredit: 60,
};

function worker(overrides: Partial<WorkerFacts> = {}): WorkerFacts {
  return {
    workerId: 'w1',
    trades: [{ code: 'loader', level: 3 }],
    certificates: ['health_cert', 'forklift'],
    availability: [{ weekday: 2, from: '08:00', to: '18:00' }],
    minPay: { unit: 'hour', fen: 2500 },
    maxTravelKm: 10,
    creditScore: 100,
    blacklisted: false,
    distanceKm: 3,
    busy: false,
    ...overrides,
  };
}

describe('ineligibility', () => {
  it('finds nothing wrong with a worker who meets every requirement', () => {
    expect(ineligibility(worker(), shift)).toEqual([]);
  });

  it.each<[string, Partial<WorkerFacts>, string]>([
    ['a worker without the trade', { trades: [{ code: 'mover', level: 5 }] }, 'trade_missing'],
    [
      'a worker missing a required certificate',
      { certificates: ['forklift'] },
      'certificate_missing',
    ],
    [
      'a worker free only in the afternoon',
      { availability: [{ weekday: 2, from: '12:00', to: '18:00' }] },
      'outside_availability',
    ],
    ['a worker asking more per hour', { minPay: { unit: 'hour', fen: 3500 } }, 'pay_below_minimum'],
    ['a worker whose max travel is shorter than the distance', { distanceKm: 10.5 }, 'too_far'],
    ['a worker whose credit is below the bar', { creditScore: 59 }, 'credit_below_bar'],
    ['a blacklisted worker', { blacklisted: true }, 'blacklisted'],
    ['a worker booked for an overlapping shift', { busy: true }, 'busy'],
    ['the employer who posted the shift', { ownShift: true }, 'own_shift'],
  ])('refuses %s', (_, overrides, reason) => {
    expect(ineligibility(worker(overrides), shift)).toEqual([reason]);
  });

  it('reports every reason at once', () => {
    expect(ineligibility(worker({ trades: [], blacklisted: true, busy: true }), shift)).toEqual([
      'trade_missing',
      'blacklisted',
      'busy',
    ]);
  });

  it('treats empty availability as any time and a missing minimum pay as any pay', () => {
    expect(ineligibility(worker({ availability: [], minPay: null }), shift)).toEqual([]);
  });

  it('accepts the exact edges: distance equal to max travel, credit equal to the bar, pay equal to the minimum', () => {
    expect(
      ineligibility(
        worker({ distanceKm: 10, creditScore: 60, minPay: { unit: 'hour', fen: 3000 } }),
        shift,
      ),
    ).toEqual([]);
  });

  it('a shift needing no certificate takes a worker without any', () => {
    expect(ineligibility(worker({ certificates: [] }), { ...shift, certificates: [] })).toEqual([]);
  });
});

describe('payBelowMinimum', () => {
  const fourHours = { startsAt: shift.startsAt, endsAt: shift.endsAt };

  it('compares hour and day pay over the shift window', () => {
    // ¥200 a day for 4 hours meets ¥40/hour (¥160) but not ¥60/hour (¥240).
    const dayPay = { ...fourHours, pay: { unit: 'day' as const, fen: 20000 } };
    expect(payBelowMinimum(dayPay, { unit: 'hour', fen: 4000 })).toBe(false);
    expect(payBelowMinimum(dayPay, { unit: 'hour', fen: 6000 })).toBe(true);
    // ¥30/hour for 4 hours (¥120) misses a ¥150/day minimum and meets ¥100/day.
    const hourPay = { ...fourHours, pay: { unit: 'hour' as const, fen: 3000 } };
    expect(payBelowMinimum(hourPay, { unit: 'day', fen: 15000 })).toBe(true);
    expect(payBelowMinimum(hourPay, { unit: 'day', fen: 10000 })).toBe(false);
  });

  it('never excludes piece pay against a time rate, and compares piece against piece', () => {
    const piece = { ...fourHours, pay: { unit: 'piece' as const, fen: 50 } };
    expect(payBelowMinimum(piece, { unit: 'hour', fen: 100000 })).toBe(false);
    expect(
      payBelowMinimum({ ...fourHours, pay: { unit: 'hour', fen: 1 } }, { unit: 'piece', fen: 500 }),
    ).toBe(false);
    expect(payBelowMinimum(piece, { unit: 'piece', fen: 60 })).toBe(true);
    expect(payBelowMinimum(piece, { unit: 'piece', fen: 50 })).toBe(false);
  });
});

describe('effectiveMinCredit', () => {
  it('raises an instant shift to the instant-hire bar and leaves other shifts alone', () => {
    expect(effectiveMinCredit({ min_credit: 0, instant: true }, 60)).toBe(60);
    expect(effectiveMinCredit({ min_credit: 80, instant: true }, 60)).toBe(80);
    expect(effectiveMinCredit({ min_credit: 0, instant: false }, 60)).toBe(0);
  });
});
