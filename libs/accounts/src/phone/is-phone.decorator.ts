import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { isMainlandMobile, normalizePhone } from './phone';

/**
 * A request field holding a mainland mobile number: normalized, then validated.
 * The constraint is named `isPhone` so the error filter gives the Chinese wording.
 */
export function IsPhone(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({
      example: '13800138000',
      description: '中国大陆手机号 mainland mobile number, 11 digits',
    }),
    Transform(({ value }) => normalizePhone(value)),
    ValidateBy({
      name: 'isPhone',
      validator: {
        validate: (value) => isMainlandMobile(value),
        defaultMessage: () => '$property must be a mainland mobile number (11 digits, 13x–19x)',
      },
    }),
  );
}
