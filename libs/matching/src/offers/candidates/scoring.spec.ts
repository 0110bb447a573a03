import { compareByScore, score, SCORE_WEIGHTS, type ScoreInput, type ScorePart } from './scoring';

const NOW = new Date('2026-12-01T09:00:00+08:00');
const MIN = 60_000;

function input(overrides: Partial<ScoreInput> = {}): ScoreInput {
  return {
    distanceKm: 2,
    radiusKm: 5,
    level: 3,
    ratingAverage: 4.2,
    ratingCount: 5,
    completed: 6,
    noShows: 1,
    lastOfferAt: new Date(NOW.getTime() - 30 * MIN),
    favourite: false,
    now: NOW,
    ...overrides,
  };
}

describe('score', () => {
  it('has weights that sum to 1, so the total stays in [0, 1]', () => {
    const sum = Object.values(SCORE_WEIGHTS).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 10);
    const best = score(
      input({
        distanceKm: 0,
        level: 5,
        ratingAverage: 5,
        ratingCount: 1e6,
        completed: 1e6,
        noShows: 0,
        lastOfferAt: null,
        favourite: true,
      }),
    );
    expect(best.total).toBe(1);
    const worst = score(
      input({
        distanceKm: 5,
        level: 1,
        ratingAverage: 1,
        ratingCount: 1e6,
        completed: 0,
        noShows: 1e6,
        lastOfferAt: NOW,
        favourite: false,
      }),
    );
    expect(worst.total).toBe(0);
  });

  it('returns parts in [0, 1] and a total equal to their weighted sum (4 decimals)', () => {
    const s = score(input());
    for (const part of Object.keys(SCORE_WEIGHTS) as ScorePart[]) {
      expect(s.parts[part]).toBeGreaterThanOrEqual(0);
      expect(s.parts[part]).toBeLessThanOrEqual(1);
    }
    const sum = (Object.keys(SCORE_WEIGHTS) as ScorePart[]).reduce(
      (acc, p) => acc + SCORE_WEIGHTS[p] * s.parts[p],
      0,
    );
    expect(Math.abs(s.total - sum)).toBeLessThan(0.0005);
    expect(s.total).toBe(Number(s.total.toFixed(4)));
    expect(s.total).not.toBe(sum); // the unrounded sum has more decimals here
  });

  it.each<[string, Partial<ScoreInput>, Partial<ScoreInput>, ScorePart]>([
    ['closer', { distanceKm: 1 }, { distanceKm: 4 }, 'distance'],
    ['more skilled', { level: 5 }, { level: 2 }, 'skill'],
    ['better rated', { ratingAverage: 4.9 }, { ratingAverage: 3.1 }, 'rating'],
    ['more reliable', { completed: 20, noShows: 0 }, { completed: 20, noShows: 4 }, 'reliability'],
    [
      'waited longer since the last offer',
      { lastOfferAt: new Date(NOW.getTime() - 90 * MIN) },
      {},
      'fairness',
    ],
    ['an employer favourite', { favourite: true }, {}, 'favourite'],
  ])('scores a %s worker higher, through that part alone', (_, better, worse, part) => {
    const a = score(input(better));
    const b = score(input(worse));
    expect(a.parts[part]).toBeGreaterThan(b.parts[part]);
    expect(a.total).toBeGreaterThan(b.total);
    for (const other of Object.keys(SCORE_WEIGHTS) as ScorePart[]) {
      if (other !== part) expect(a.parts[other]).toBe(b.parts[other]);
    }
  });

  it('pulls a few ratings towards the prior: one 5★ rating is worth less than twenty', () => {
    const one = score(input({ ratingAverage: 5, ratingCount: 1 }));
    const twenty = score(input({ ratingAverage: 5, ratingCount: 20 }));
    const none = score(input({ ratingAverage: null, ratingCount: 0 }));
    expect(twenty.parts.rating).toBeGreaterThan(one.parts.rating);
    expect(none.parts.rating).toBe(0.75); // the 4★ prior
    expect(score(input({ completed: 0, noShows: 0 })).parts.reliability).toBe(0.8);
  });

  it('saturates fairness at two hours and gives the never-offered the maximum', () => {
    const twoHours = score(input({ lastOfferAt: new Date(NOW.getTime() - 120 * MIN) }));
    const day = score(input({ lastOfferAt: new Date(NOW.getTime() - 24 * 60 * MIN) }));
    const never = score(input({ lastOfferAt: null }));
    expect(twoHours.parts.fairness).toBe(1);
    expect(day.parts.fairness).toBe(1);
    expect(never.parts.fairness).toBe(1);
    expect(score(input({ lastOfferAt: new Date(NOW.getTime() - 60 * MIN) })).parts.fairness).toBe(
      0.5,
    );
  });

  it('rotates offers: of two otherwise equal workers, the one who waited longer ranks first', () => {
    const ranked = [
      { workerId: 'aaaa', score: score(input({ lastOfferAt: new Date(NOW.getTime() - 5 * MIN) })) },
      {
        workerId: 'bbbb',
        score: score(input({ lastOfferAt: new Date(NOW.getTime() - 50 * MIN) })),
      },
    ].sort(compareByScore);
    expect(ranked.map((r) => r.workerId)).toEqual(['bbbb', 'aaaa']);
  });

  it('breaks exact ties by worker id, whatever the input order', () => {
    const s = score(input());
    const a = [
      { workerId: 'c', score: s },
      { workerId: 'a', score: s },
      { workerId: 'b', score: s },
    ];
    expect([...a].sort(compareByScore).map((r) => r.workerId)).toEqual(['a', 'b', 'c']);
    expect(
      [...a]
        .reverse()
        .sort(compareByScore)
        .map((r) => r.workerId),
    ).toEqual(['a', 'b', 'c']);
  });

  it('clamps a distance beyond the radius to 0 rather than going negative', () => {
    expect(score(input({ distanceKm: 9 })).parts.distance).toBe(0);
  });
});
