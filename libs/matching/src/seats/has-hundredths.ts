import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * A number with at most two decimal places (hours such as 4.25). class-validator's
 * `maxDecimalPlaces` throws on exponent spellings such as 7e-323 (a 500 the fuzz test
 * found); this check is plain arithmetic and answers false instead.
 */
export function HasHundredths(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'hasHundredths',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(2)) === value,
        defaultMessage: () => '$property must have at most two decimal places',
      },
    },
    options,
  );
}
