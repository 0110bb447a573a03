import { AsyncLocalStorage } from 'node:async_hooks';

/** The Idempotency-Key of the request being handled, scoped per user and route. */
export interface IdempotencyRequest {
  scope: string;
  key: string;
  /** sha256 of the URL and body: the same key with another body is refused. */
  hash: string;
}

/**
 * Carries the key from the interceptor to the service of a route marked
 * `@Idempotent({ inTransaction: true })`, which records it in the effect's own
 * transaction (idempotentTransaction).
 */
export const idempotencyContext = new AsyncLocalStorage<IdempotencyRequest>();

/** Route metadata: the service records the key in the effect's transaction. */
export const IDEMPOTENT_IN_TRANSACTION = 'idempotent:in-transaction';
