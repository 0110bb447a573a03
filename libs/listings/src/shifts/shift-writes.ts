import type { EntityManager } from 'typeorm';
import { updateReturning } from '@app/common';
import type { ShiftStatus } from './domain/shift-status';

/**
 * The writes other libs make to `shifts` and `shift_reviews`, which listings owns (one
 * writer per table, docs/table-owners.md). Each runs in the caller's transaction, so a
 * seat claim or a review decision stays one transaction with the caller's other writes;
 * the caller keeps its lock order (the shift row first) and its events.
 */

/** The shift columns a seat move returns. */
export interface SeatTakenRow {
  id: string;
  employer_id: string;
  status: ShiftStatus;
  filled: number;
  headcount: number;
  market_id: string | null;
  auto_confirm: boolean;
}

/**
 * Takes one seat of an open shift that has not ended: filled + 1, and filled when that
 * was the last seat. The conditional UPDATE takes the row lock, so concurrent claims queue
 * and re-check `filled < headcount`: it cannot overfill. Undefined when no seat was taken.
 */
export async function takeSeat(
  tx: EntityManager,
  shiftId: string,
  now: Date,
): Promise<SeatTakenRow | undefined> {
  const [row] = await updateReturning<SeatTakenRow>(
    tx,
    `UPDATE shifts
        SET filled = filled + 1,
            status = CASE WHEN filled + 1 >= headcount THEN 'filled' ELSE status END,
            updated_at = now()
      WHERE id = $1 AND status = 'open' AND filled < headcount AND ends_at > $2
      RETURNING id, employer_id, status, filled, headcount, market_id, auto_confirm`,
    [shiftId, now],
  );
  return row;
}

/** Sets the seat count and status a freed seat leads to (the caller holds the row lock). */
export async function setSeats(
  tx: EntityManager,
  shiftId: string,
  filled: number,
  status: ShiftStatus,
): Promise<void> {
  await tx.query(`UPDATE shifts SET filled = $2, status = $3, updated_at = now() WHERE id = $1`, [
    shiftId,
    filled,
    status,
  ]);
}

/** Moves a shift to `status` (time passing: in_progress, completed, expired). */
export async function setShiftStatus(
  tx: EntityManager,
  shiftId: string,
  status: ShiftStatus,
): Promise<void> {
  await tx.query(`UPDATE shifts SET status = $2, updated_at = now() WHERE id = $1`, [
    shiftId,
    status,
  ]);
}

/** The owner's cancellation: no seats left taken. */
export async function cancelShift(tx: EntityManager, shiftId: string): Promise<void> {
  await tx.query(
    `UPDATE shifts SET status = 'cancelled', filled = 0, updated_at = now() WHERE id = $1`,
    [shiftId],
  );
}

export interface ReviewDecision {
  shiftId: string;
  approve: boolean;
  reason: string | null;
  decidedBy: string;
  now: Date;
}

/**
 * An admin's decision on a held shift: the shift opens (approve) or is cancelled (reject),
 * and its review row records who decided, when and why. Returns the shift's new status.
 */
export async function decideShiftReview(
  tx: EntityManager,
  d: ReviewDecision,
): Promise<'open' | 'cancelled'> {
  const status = d.approve ? 'open' : 'cancelled';
  await tx.query(`UPDATE shifts SET status = $2, updated_at = $3 WHERE id = $1`, [
    d.shiftId,
    status,
    d.now,
  ]);
  await tx.query(
    `UPDATE shift_reviews SET status = $2, reason = $3, decided_by = $4, decided_at = $5
      WHERE shift_id = $1`,
    [d.shiftId, d.approve ? 'approved' : 'rejected', d.reason, d.decidedBy, d.now],
  );
  return status;
}
