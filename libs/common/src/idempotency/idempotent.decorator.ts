import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { IDEMPOTENT_IN_TRANSACTION } from './idempotency-context';
import { IdempotencyInterceptor } from './idempotency.interceptor';

export interface IdempotentOptions {
  /**
   * The service records the key in the effect's own transaction (idempotentTransaction):
   * no transaction of its own, and no window between the effect and the record.
   */
  inTransaction?: boolean;
}

/** Marks a write a phone may retry: see IdempotencyInterceptor. Put it after @Auth(). */
export function Idempotent(options: IdempotentOptions = {}) {
  return applyDecorators(
    SetMetadata(IDEMPOTENT_IN_TRANSACTION, options.inTransaction ?? false),
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Retry-safe key: the same key and body give the same answer and no second effect',
    }),
  );
}
