import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CREDIT_DELTAS, CREDIT_MAX, CREDIT_MIN, CreditKind } from './credit-rules';

export interface CreditEventInput {
  userId: string;
  kind: CreditKind;
  /** Defaults to CREDIT_DELTAS[kind]. */
  delta?: number;
  assignmentId: string | null;
  note?: string;
}

/** The credit ledger: an event row and the score it moves, in the caller's transaction. */
@Injectable()
export class CreditService {
  /**
   * Writes the event and adjusts users.credit_score (clamped 0–1000). The unique index on
   * (user, kind, assignment) makes a retried penalty a no-op: the score moves only when a
   * row was inserted. Returns whether it was.
   */
  async record(tx: EntityManager, e: CreditEventInput): Promise<boolean> {
    const delta = e.delta ?? CREDIT_DELTAS[e.kind];
    const inserted: unknown[] = await tx.query(
      `INSERT INTO credit_events (user_id, kind, delta, assignment_id, note)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, kind, assignment_id) WHERE assignment_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [e.userId, e.kind, delta, e.assignmentId, e.note ?? null],
    );
    if (inserted.length === 0) return false;
    await tx.query(
      `UPDATE users SET credit_score = LEAST($3::int, GREATEST($2::int, credit_score + $1::int))
       WHERE id = $4`,
      [delta, CREDIT_MIN, CREDIT_MAX, e.userId],
    );
    return true;
  }
}
