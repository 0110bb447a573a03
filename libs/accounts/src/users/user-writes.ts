import type { EntityManager } from 'typeorm';

/**
 * The writes other libs make to `users`, which accounts owns (one writer per table,
 * docs/table-owners.md). Each runs in the caller's transaction.
 */

/**
 * Stores the user's cached credit score, recomputed by credit from its ledger. The caller
 * holds the user's row lock, so two events recorded at once cannot both write a stale sum.
 */
export async function setCreditScore(
  tx: EntityManager,
  userId: string,
  score: number,
  refreshedAt: Date,
): Promise<void> {
  await tx.query(`UPDATE users SET credit_score = $2, credit_refreshed_at = $3 WHERE id = $1`, [
    userId,
    score,
    refreshedAt,
  ]);
}
