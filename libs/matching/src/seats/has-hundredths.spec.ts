import 'reflect-metadata';
import { validateSync } from 'class-validator';
import { HasHundredths } from './has-hundredths';

class Hours {
  @HasHundredths()
  hours!: unknown;
}

function errors(hours: unknown): number {
  return validateSync(Object.assign(new Hours(), { hours })).length;
}

describe('HasHundredths', () => {
  it('accepts whole and quarter hours', () => {
    expect([0, 4, 4.25, 7.5, 23.99].map(errors)).toEqual([0, 0, 0, 0, 0]);
  });

  it('refuses more decimals, exponent spellings and non-numbers instead of throwing', () => {
    expect([4.125, 7e-323, 1e-7, Number.NaN, Infinity, '4.25'].map(errors)).toEqual([
      1, 1, 1, 1, 1, 1,
    ]);
  });
});
