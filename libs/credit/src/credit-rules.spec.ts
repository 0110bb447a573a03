import {
  clampCredit,
  CREDIT_BASE,
  CREDIT_DELTAS,
  CREDIT_HALF_LIFE_DAYS,
  creditScore,
  creditWeight,
} from './credit-rules';

const NOW = new Date('2030-03-11T00:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

describe('credit rules', () => {
  it('penalises no-shows more than late cancellations and rewards work', () => {
    expect(CREDIT_DELTAS.no_show).toBeLessThan(CREDIT_DELTAS.late_cancel);
    expect(CREDIT_DELTAS.late_cancel).toBeLessThan(0);
    expect(CREDIT_DELTAS.completed).toBeGreaterThan(0);
    expect(CREDIT_DELTAS.wage_complaint_upheld).toBeLessThan(CREDIT_DELTAS.unsafe_work_upheld);
  });

  it('keeps the score within 0–1000', () => {
    expect(clampCredit(-5)).toBe(0);
    expect(clampCredit(1003)).toBe(1000);
    expect(clampCredit(80)).toBe(80);
    expect(creditScore([{ delta: -500, at: NOW }], NOW)).toBe(0);
  });

  it('starts everyone at the base', () => {
    expect(creditScore([], NOW)).toBe(CREDIT_BASE);
  });

  it('counts a new event fully, half after one half-life, a quarter after two', () => {
    expect(creditWeight(NOW, NOW)).toBe(1);
    expect(creditWeight(daysAgo(CREDIT_HALF_LIFE_DAYS), NOW)).toBeCloseTo(0.5);
    const noShow = (days: number) => creditScore([{ delta: -20, at: daysAgo(days) }], NOW);
    expect(noShow(0)).toBe(80);
    expect(noShow(CREDIT_HALF_LIFE_DAYS)).toBe(90);
    expect(noShow(2 * CREDIT_HALF_LIFE_DAYS)).toBe(95);
    expect(noShow(10 * CREDIT_HALF_LIFE_DAYS)).toBe(100);
  });

  it('recovers steadily as a penalty ages, never past the base', () => {
    const scores = [0, 30, 90, 180, 365, 730].map((d) =>
      creditScore([{ delta: -50, at: daysAgo(d) }], NOW),
    );
    for (let i = 1; i < scores.length; i += 1) {
      expect(scores[i]!).toBeGreaterThanOrEqual(scores[i - 1]!);
    }
    expect(scores[scores.length - 1]).toBeLessThanOrEqual(CREDIT_BASE);
  });

  it('leaves voided events out and counts future-dated ones fully', () => {
    expect(creditScore([{ delta: -20, at: NOW, voided: true }], NOW)).toBe(CREDIT_BASE);
    expect(creditScore([{ delta: -20, at: new Date(NOW.getTime() + 1000) }], NOW)).toBe(80);
  });

  it('adds many small rewards and a penalty together', () => {
    const events = [
      ...Array.from({ length: 10 }, () => ({ delta: 2, at: NOW })),
      { delta: -20, at: NOW },
    ];
    expect(creditScore(events, NOW)).toBe(100);
  });
});
