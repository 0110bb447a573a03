import { clampCredit, CREDIT_DELTAS } from './credit-rules';

describe('credit rules', () => {
  it('penalises no-shows more than late cancellations and rewards work', () => {
    expect(CREDIT_DELTAS.no_show).toBeLessThan(CREDIT_DELTAS.late_cancel);
    expect(CREDIT_DELTAS.late_cancel).toBeLessThan(0);
    expect(CREDIT_DELTAS.completed).toBeGreaterThan(0);
  });

  it('keeps the score within 0–1000', () => {
    expect(clampCredit(-5)).toBe(0);
    expect(clampCredit(1003)).toBe(1000);
    expect(clampCredit(80)).toBe(80);
  });
});
