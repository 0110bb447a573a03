import type { EntityManager } from 'typeorm';

/**
 * Rows of an `UPDATE … RETURNING`. TypeORM's postgres driver answers an UPDATE with
 * `[rows, affectedCount]` rather than the rows, unlike SELECT and INSERT.
 */
export async function updateReturning<T>(
  tx: Pick<EntityManager, 'query'>,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const result: unknown = await tx.query(sql, params);
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}
