import { generateCode, hashCode, phoneKey } from './otp-code';

describe('login codes', () => {
  it('are always six digits, leading zeros included, and spread over the whole range', () => {
    const codes = Array.from({ length: 2000 }, generateCode);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    // 2000 draws from a million: a handful of repeats at most, never a fixed value.
    expect(new Set(codes).size).toBeGreaterThan(1990);
    const firstDigits = new Set(codes.map((c) => c[0]));
    expect(firstDigits).toContain('0');
    expect(firstDigits.size).toBe(10);
  });

  it('are stored as a keyed hash that matches only the same secret, phone and code', () => {
    const stored = hashCode('secret-aaaaaaaaaaaa', '13800138000', '123456');
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain('123456');
    expect(hashCode('secret-aaaaaaaaaaaa', '13800138000', '123456')).toBe(stored);
    expect(hashCode('secret-aaaaaaaaaaaa', '13800138000', '123457')).not.toBe(stored);
    expect(hashCode('secret-aaaaaaaaaaaa', '13900139000', '123456')).not.toBe(stored);
    expect(hashCode('secret-bbbbbbbbbbbb', '13800138000', '123456')).not.toBe(stored);
  });

  it('key Redis by a hash of the phone, never the phone itself', () => {
    const key = phoneKey('secret-aaaaaaaaaaaa', '13800138000');
    expect(key).not.toContain('13800138000');
    expect(key).toBe(phoneKey('secret-aaaaaaaaaaaa', '13800138000'));
    expect(key).not.toBe(phoneKey('secret-aaaaaaaaaaaa', '13800138001'));
  });
});
