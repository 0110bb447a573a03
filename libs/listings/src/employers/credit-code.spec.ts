import { creditCodeCheckChar, isValidCreditCode, normalizeCreditCode } from './credit-code';

describe('unified social credit code', () => {
  it('accepts published codes, including ones ending in a letter', () => {
    for (const code of ['91350100M000100Y43', '91110000802100433B', '91440300708461136T']) {
      expect(isValidCreditCode(code)).toBe(true);
    }
  });

  it('refuses a code whose check character does not match', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('refuses wrong lengths and letters outside the alphabet (I, O, S, V, Z)', () => {
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y433')).toBe(false);
    expect(isValidCreditCode('91350100O000100Y43')).toBe(false);
  });

  it('normalizes what people type from a paper licence', () => {
    expect(normalizeCreditCode(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
    expect(normalizeCreditCode('9135 0100 M000 100Y 43')).toBe('91350100M000100Y43');
  });
});
