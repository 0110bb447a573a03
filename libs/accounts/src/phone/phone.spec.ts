import { isMainlandMobile, normalizePhone } from './phone';

describe('mainland mobile numbers', () => {
  it('accepts 11 digits starting 13–19', () => {
    for (const phone of ['13800138000', '15912345678', '19999999999', '16600000000']) {
      expect(isMainlandMobile(phone)).toBe(true);
    }
  });

  it('refuses landlines, short or long numbers, 10x–12x prefixes and non-strings', () => {
    for (const phone of [
      '1380013800',
      '138001380001',
      '12800138000',
      '10000000000',
      '041183000000',
    ]) {
      expect(isMainlandMobile(phone)).toBe(false);
    }
    expect(isMainlandMobile(13800138000)).toBe(false);
    expect(isMainlandMobile(undefined)).toBe(false);
  });

  it('normalizes spaces, dashes and the +86 / 0086 prefix to the bare 11 digits', () => {
    expect(normalizePhone('+86 138-0013-8000')).toBe('13800138000');
    expect(normalizePhone('0086 13800138000')).toBe('13800138000');
    expect(normalizePhone(' 138 0013 8000 ')).toBe('13800138000');
  });

  it('leaves a country prefix alone when what follows is not a mobile number', () => {
    expect(normalizePhone('+8641183000000')).toBe('+8641183000000');
    expect(isMainlandMobile(normalizePhone('+8641183000000'))).toBe(false);
  });

  it('hands non-strings to the validator untouched', () => {
    expect(normalizePhone(42)).toBe(42);
  });
});
