import type { DataSource, EntityManager } from 'typeorm';
import { ErrorCode } from '@app/contracts';
import { AppException } from '../errors/app.exception';
import { idempotencyContext } from './idempotency-context';

/**
 * Runs `effect` in one transaction that also records the request's Idempotency-Key and
 * its answer, so the key exists if and only if the effect committed: a crash between
 * the effect and the record cannot let a retry run it again, and the key costs no
 * transaction of its own (the hot paths: post, grab, accept).
 *
 * The key row is inserted first, so a simultaneous retry with the same key waits on it
 * and then answers what the first stored; a later retry answers it without running the
 * effect. Without a key (or outside a route marked in-transaction) this is
 * `db.transaction(effect)`.
 */
export async function idempotentTransaction<T>(
  db: DataSource,
  effect: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  const request = idempotencyContext.getStore();
  if (!request) return db.transaction(effect);
  return db.transaction(async (tx) => {
    const params = [request.scope, request.key, request.hash];
    const claimed: unknown[] = await tx.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (scope, key) DO NOTHING RETURNING 1`,
      params,
    );
    if (claimed.length === 0) return stored<T>(tx, request.scope, request.key, request.hash);
    const answer = await effect(tx);
    await tx.query(
      `UPDATE idempotency_keys SET response = $3::jsonb, completed_at = now()
        WHERE scope = $1 AND key = $2`,
      [request.scope, request.key, JSON.stringify(answer ?? null)],
    );
    return answer;
  });
}

/** The answer an earlier request with this key committed. */
async function stored<T>(tx: EntityManager, scope: string, key: string, hash: string): Promise<T> {
  const [row] = await tx.query<{ request_hash: string; response: T; completed_at: Date | null }[]>(
    `SELECT request_hash, response, completed_at FROM idempotency_keys WHERE scope = $1 AND key = $2`,
    [scope, key],
  );
  // Gone again (a two-step route released it) or still without an answer (only a
  // two-step route leaves one): a retry will settle it.
  if (!row || !row.completed_at) throw new AppException(ErrorCode.CONFLICT);
  if (row.request_hash !== hash) throw new AppException(ErrorCode.IDEMPOTENCY_KEY_REUSED);
  return row.response;
}
