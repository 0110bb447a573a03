import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { setCreditScore } from '@app/accounts';
import { Clock, updateReturning } from '@app/common';
import { CREDIT_DELTAS, CreditKind, creditScore } from './credit-rules';

export interface CreditEventInput {
  userId: string;
  kind: CreditKind;
  /** Defaults to CREDIT_DELTAS[kind]. */
  delta?: number;
  assignmentId: string | null;
  note?: string;
  /** The admin who recorded it (false_information, an upheld complaint). */
  createdBy?: string;
}

/** How often the periodic refresh recomputes a user's cached score as their events age. */
export const CREDIT_REFRESH_EVERY_MS = 3_600_000;

/**
 * The credit ledger: event rows, and users.credit_score — the cached result of
 * creditScore(ledger, now) that matching reads. The cache is recomputed from the
 * whole ledger (not moved by a delta) on every new or voided event, and periodically
 * (refreshDue) so that it recovers as events age.
 */
@Injectable()
export class CreditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Writes the event and refreshes users.credit_score. The unique index on
   * (user, kind, assignment) makes a retried penalty a no-op: the score moves only when a
   * row was inserted. Returns whether it was.
   */
  async record(tx: EntityManager, e: CreditEventInput): Promise<boolean> {
    const delta = e.delta ?? CREDIT_DELTAS[e.kind];
    // The user's row lock before the insert: the insert's foreign key takes a share lock on
    // that row, and two events at once that each then asked refresh() for the row lock
    // deadlocked (a 500 for one of them).
    await tx.query(`SELECT 1 FROM users WHERE id = $1 FOR UPDATE`, [e.userId]);
    const inserted: { id: string }[] = await tx.query(
      `INSERT INTO credit_events (user_id, kind, delta, assignment_id, note, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (user_id, kind, assignment_id) WHERE assignment_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        e.userId,
        e.kind,
        delta,
        e.assignmentId,
        e.note ?? null,
        e.createdBy ?? null,
        this.clock.now(),
      ],
    );
    if (inserted.length === 0) return false;
    await this.refresh(tx, e.userId);
    return true;
  }

  /**
   * Voids the user's `completed` event for an assignment (its hours were agreed to be 0:
   * a job that took no time earns no completed credit) and refreshes the score when one
   * was voided. Returns whether one was.
   */
  async voidCompleted(
    tx: EntityManager,
    userId: string,
    assignmentId: string,
    reason: string,
  ): Promise<boolean> {
    const voided = await updateReturning<unknown>(
      tx,
      `UPDATE credit_events SET voided_at = $2, void_reason = $3
        WHERE user_id = $1 AND kind = 'completed' AND assignment_id = $4 AND voided_at IS NULL
        RETURNING id`,
      [userId, this.clock.now(), reason, assignmentId],
    );
    if (voided.length === 0) return false;
    await this.refresh(tx, userId);
    return true;
  }

  /**
   * Recomputes one user's cached score from their ledger; returns it. Takes the user's
   * row lock first, so two events recorded at once cannot both write a stale sum.
   */
  async refresh(tx: EntityManager, userId: string): Promise<number> {
    const now = this.clock.now();
    await tx.query(`SELECT 1 FROM users WHERE id = $1 FOR UPDATE`, [userId]);
    const events: { delta: number; created_at: Date }[] = await tx.query(
      `SELECT delta, created_at FROM credit_events WHERE user_id = $1 AND voided_at IS NULL`,
      [userId],
    );
    const score = creditScore(
      events.map((e) => ({ delta: e.delta, at: e.created_at })),
      now,
    );
    await setCreditScore(tx, userId, score, now);
    return score;
  }

  /**
   * The periodic part: users with events whose cached score is older than
   * CREDIT_REFRESH_EVERY_MS, oldest first, at most `limit`. Decay is slow (days), so an
   * hourly recompute keeps matching within a point of the truth. Returns how many.
   */
  async refreshDue(limit = 500): Promise<number> {
    const now = this.clock.now();
    const due: { id: string }[] = await this.db.query(
      `SELECT u.id FROM users u
        WHERE EXISTS (SELECT 1 FROM credit_events e WHERE e.user_id = u.id)
          AND (u.credit_refreshed_at IS NULL OR u.credit_refreshed_at <= $1)
        ORDER BY u.credit_refreshed_at NULLS FIRST, u.id LIMIT $2`,
      [new Date(now.getTime() - CREDIT_REFRESH_EVERY_MS), limit],
    );
    for (const { id } of due) await this.db.transaction((tx) => this.refresh(tx, id));
    return due.length;
  }

  /** The score as of now, straight from the ledger (what GET /credit/me shows). */
  async current(userId: string): Promise<number> {
    return this.db.transaction((tx) => this.refresh(tx, userId));
  }
}
