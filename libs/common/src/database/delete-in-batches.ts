import type { EntityManager } from 'typeorm';

/**
 * Runs a `DELETE … WHERE key IN (SELECT key … LIMIT $n)` until it deletes fewer than
 * `batch` rows or `maxBatches` ran: short statements, short locks, a bounded sweep.
 * The statement takes the batch size as its last parameter. Returns how many went.
 */
export async function deleteInBatches(
  db: Pick<EntityManager, 'query'>,
  sql: string,
  params: unknown[],
  batch = 5_000,
  maxBatches = 10,
): Promise<number> {
  let deleted = 0;
  for (let i = 0; i < maxBatches; i += 1) {
    // TypeORM's postgres driver answers a DELETE with [rows, affectedCount].
    const [, count]: [unknown, number] = await db.query(sql, [...params, batch]);
    deleted += count;
    if (count < batch) break;
  }
  return deleted;
}
