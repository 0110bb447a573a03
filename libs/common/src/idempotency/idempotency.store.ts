import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { deleteInBatches } from '../database/delete-in-batches';

export type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; response: unknown }
  | { kind: 'in_progress' }
  | { kind: 'mismatch' };

/** A key left in progress this long belongs to a request that died; a retry may take it over. */
const ABANDONED_AFTER = '2 minutes';

/**
 * Postgres-backed record of idempotent requests. The primary key (scope, key)
 * is what makes two simultaneous retries settle on one winner.
 */
@Injectable()
export class IdempotencyStore {
  constructor(private readonly db: DataSource) {}

  async claim(scope: string, key: string, requestHash: string): Promise<Claim> {
    const inserted = await this.db.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (scope, key) DO UPDATE SET created_at = now()
         WHERE idempotency_keys.completed_at IS NULL
           AND idempotency_keys.request_hash = EXCLUDED.request_hash
           AND idempotency_keys.created_at < now() - interval '${ABANDONED_AFTER}'
       RETURNING 1`,
      [scope, key, requestHash],
    );
    if (inserted.length > 0) return { kind: 'claimed' };
    const [row] = await this.db.query(
      `SELECT request_hash, response, completed_at FROM idempotency_keys WHERE scope = $1 AND key = $2`,
      [scope, key],
    );
    if (!row) return this.claim(scope, key, requestHash); // released between our two statements
    if (row.request_hash !== requestHash) return { kind: 'mismatch' };
    if (row.completed_at) return { kind: 'replay', response: row.response };
    return { kind: 'in_progress' };
  }

  async complete(scope: string, key: string, response: unknown): Promise<void> {
    await this.db.query(
      `UPDATE idempotency_keys SET response = $3::jsonb, completed_at = now() WHERE scope = $1 AND key = $2`,
      [scope, key, JSON.stringify(response ?? null)],
    );
  }

  /** Forgets keys older than `hours`, a bounded batch at a time; returns how many. */
  purgeOlderThan(hours: number): Promise<number> {
    return deleteInBatches(
      this.db,
      `DELETE FROM idempotency_keys WHERE ctid IN (
         SELECT ctid FROM idempotency_keys
          WHERE created_at < now() - make_interval(hours => $1) LIMIT $2)`,
      [hours],
    );
  }

  /** A failed request had no effect; forget the key so the client may retry it. */
  async release(scope: string, key: string): Promise<void> {
    await this.db.query(
      `DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND completed_at IS NULL`,
      [scope, key],
    );
  }
}
