import { idNumberCheckCharacter, isValidIdNumber, maskIdNumber } from './id-number';

describe('resident ID numbers', () => {
  it('accepts a number whose check character matches (GB 11643)', () => {
    // The standard's own example: 11010519491231002X.
    expect(idNumberCheckCharacter('11010519491231002')).toBe('X');
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    const first17 = '21020219900307123';
    expect(isValidIdNumber(first17 + idNumberCheckCharacter(first17))).toBe(true);
  });

  it('refuses a wrong check character, an impossible birth date, a lower-case x or a short number', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    const feb30 = '21020219900230123';
    expect(isValidIdNumber(feb30 + idNumberCheckCharacter(feb30))).toBe(false);
    expect(isValidIdNumber('11010519491231002x')).toBe(false);
    expect(isValidIdNumber('2102021990030712')).toBe(false);
  });

  it('masks all but the first and last four characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });
});
