import { currentCheckInCode, isValidCheckInCode } from './check-in-code';

const SECRET = 'test-secret-0123456789';
const SHIFT = '6f1c8a52-8a7e-4c1e-9c55-3a8f0b7d2e11';
const T = new Date('2030-03-11T02:00:30Z');
const at = (seconds: number) => new Date(T.getTime() + seconds * 1000);

describe('rotating check-in code', () => {
  it('is six digits, valid until the end of its bucket', () => {
    const { code, expiresAt } = currentCheckInCode(SECRET, SHIFT, T, 120);
    expect(code).toMatch(/^\d{6}$/);
    expect(expiresAt.getTime() - T.getTime()).toBeLessThanOrEqual(120_000);
    expect(expiresAt.getTime()).toBeGreaterThan(T.getTime());
  });

  it('accepts the current and the previous code, not older ones', () => {
    const { code, expiresAt } = currentCheckInCode(SECRET, SHIFT, T, 120);
    expect(isValidCheckInCode(SECRET, SHIFT, code, T, 120)).toBe(true);
    const nextBucket = expiresAt;
    expect(isValidCheckInCode(SECRET, SHIFT, code, nextBucket, 120)).toBe(true);
    expect(
      isValidCheckInCode(SECRET, SHIFT, code, new Date(nextBucket.getTime() + 120_000), 120),
    ).toBe(false);
  });

  it('differs between shifts and secrets and rotates', () => {
    const a = currentCheckInCode(SECRET, SHIFT, T, 120).code;
    expect(isValidCheckInCode(SECRET, '0e2c8a52-8a7e-4c1e-9c55-3a8f0b7d2e11', a, T, 120)).toBe(
      false,
    );
    expect(isValidCheckInCode('another-secret-123456', SHIFT, a, T, 120)).toBe(false);
    const codes = new Set(
      Array.from({ length: 5 }, (_, i) => currentCheckInCode(SECRET, SHIFT, at(i * 120), 120).code),
    );
    expect(codes.size).toBeGreaterThan(1);
  });

  it('refuses a code of another length', () => {
    const { code } = currentCheckInCode(SECRET, SHIFT, T, 120);
    expect(isValidCheckInCode(SECRET, SHIFT, code + '0', T, 120)).toBe(false);
  });
});
