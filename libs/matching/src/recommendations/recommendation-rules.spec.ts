import type { Score } from '../offers/candidates/scoring';
import { recommend, type AssessedShift } from './recommendation-rules';

const start = new Date('2026-12-01T09:00:00+08:00');
const end = new Date('2026-12-01T13:00:00+08:00');
const score = (total: number): Score => ({
  total,
  parts: { distance: 0, skill: 0, rating: 0, reliability: 0, fairness: 0, favourite: 0 },
});

function shift(id: string, over: Partial<AssessedShift> = {}): AssessedShift {
  return {
    shiftId: id,
    startsAt: start,
    endsAt: end,
    pay: { unit: 'hour', fen: 3000 },
    distanceKm: 1,
    score: score(0.5),
    reasons: [],
    ...over,
  };
}

describe('recommend', () => {
  it('keeps only eligible shifts, best score first, ties by shift id', () => {
    const out = recommend(
      [
        shift('b', { score: score(0.6) }),
        shift('c', { score: null, reasons: ['too_far'] }),
        shift('a', { score: score(0.6) }),
        shift('d', { score: score(0.9) }),
      ],
      null,
    );
    expect(out.map((s) => s.shiftId)).toEqual(['d', 'a', 'b']);
  });

  it("drops shifts paying below the post's own minimum, comparing across units", () => {
    const out = recommend(
      [
        shift('hourly-low', { pay: { unit: 'hour', fen: 2000 } }),
        shift('hourly-ok', { pay: { unit: 'hour', fen: 4000 } }),
        // ¥150 a day for a 4-hour window is below ¥40/hour × 4 = ¥160.
        shift('daily-low', { pay: { unit: 'day', fen: 15000 } }),
        shift('piece', { pay: { unit: 'piece', fen: 10 } }),
      ],
      { unit: 'hour', fen: 4000 },
    );
    expect(out.map((s) => s.shiftId).sort()).toEqual(['hourly-ok', 'piece']);
  });

  it('stops at the limit', () => {
    const many = Array.from({ length: 30 }, (_, i) => shift(`s${String(i).padStart(2, '0')}`));
    expect(recommend(many, null)).toHaveLength(20);
    expect(recommend(many, null, 3).map((s) => s.shiftId)).toEqual(['s00', 's01', 's02']);
  });
});
