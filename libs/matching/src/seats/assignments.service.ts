import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, AppException, Clock, idempotentTransaction } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { CreditService } from '@app/credit';
import { assignmentUpdated } from './assignment-events';
import { assertTransition, LockedAssignment, lockAssignment, Side } from './assignment-lock';
import {
  ASSIGNMENT_COLUMNS,
  AssignmentRow,
  AssignmentView,
  toAssignmentView,
} from './assignment.view';
import { AssignmentStatus, freesSeat } from './domain/assignment-status';
import { isLateCancel } from './domain/timing';
import { SeatsService } from './seats.service';
import { updateReturning } from '@app/common';
import { recordEvents } from '@app/events';

/** Employer decisions and cancellations: confirm, reject, no-show, cancel, automatic no-shows. */
@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly seats: SeatsService,
    private readonly credit: CreditService,
    private readonly clock: Clock,
  ) {}

  confirm(employerId: string, id: string): Promise<AssignmentView> {
    return this.move(employerId, id, ['employer'], 'confirmed', async (tx, a, now) => {
      await tx.query(`UPDATE assignments SET confirmed_at = $2 WHERE id = $1`, [a.id, now]);
    });
  }

  /** Frees the seat; the matcher resumes from the assignment.updated (rejected) event. */
  reject(employerId: string, id: string): Promise<AssignmentView> {
    return this.move(employerId, id, ['employer'], 'rejected');
  }

  noShow(employerId: string, id: string): Promise<AssignmentView> {
    return this.move(employerId, id, ['employer'], 'no_show', async (tx, a, now) => {
      if (now < a.startsAt) {
        throw new AppException(ErrorCode.ILLEGAL_TRANSITION, {
          message: {
            zh: '岗位开始后才能标记未到岗',
            en: 'A no-show can be marked only after the shift starts',
          },
        });
      }
      await this.credit.record(tx, {
        userId: a.workerId,
        kind: 'no_show',
        assignmentId: a.id,
        note: 'marked by the employer',
      });
    });
  }

  /** Either side; late within LATE_CANCEL_HOURS of the start → a credit event for that side. */
  cancel(userId: string, id: string): Promise<AssignmentView> {
    return this.move(userId, id, ['worker', 'employer'], 'cancelled', async (tx, a, now, side) => {
      const late = isLateCancel(a.startsAt, now, this.config.LATE_CANCEL_HOURS);
      await tx.query(`UPDATE assignments SET cancelled_by = $2, late_cancel = $3 WHERE id = $1`, [
        a.id,
        side,
        late,
      ]);
      if (late) {
        await this.credit.record(tx, {
          userId,
          kind: 'late_cancel',
          assignmentId: a.id,
          note: `cancelled by the ${side}`,
        });
      }
    });
  }

  /**
   * Confirmed assignments nobody checked in to by start + NO_SHOW_GRACE_MINUTES become
   * no_show, each with its credit event and assignment.updated, one transaction per
   * assignment so one failure does not hold back the rest. Safe to run from any number
   * of processes at once: the status condition lets each assignment move once.
   */
  async markNoShows(now: Date = this.clock.now()): Promise<number> {
    // Whoever's shift started before this instant and is still not checked in is late beyond grace.
    const cutoff = new Date(now.getTime() - this.config.NO_SHOW_GRACE_MINUTES * 60_000);
    const due = await this.db.query<{ id: string }[]>(
      `SELECT a.id FROM assignments a
        WHERE a.status = 'confirmed' AND a.check_in_at IS NULL AND lower(a.period) <= $1`,
      [cutoff],
    );
    let marked = 0;
    for (const { id } of due) {
      marked += await this.db.transaction(async (tx) => {
        // The same conditions again, under the row lock: a check-in that just landed wins.
        const [a] = await updateReturning<{
          id: string;
          shift_id: string;
          worker_id: string;
          employer_id: string;
        }>(
          tx,
          `UPDATE assignments a SET status = 'no_show', updated_at = now()
             FROM shifts s
            WHERE a.id = $1 AND s.id = a.shift_id AND a.status = 'confirmed'
              AND a.check_in_at IS NULL AND lower(a.period) <= $2
            RETURNING a.id, a.shift_id, a.worker_id, s.employer_id`,
          [id, cutoff],
        );
        if (!a) return 0;
        await this.credit.record(tx, {
          userId: a.worker_id,
          kind: 'no_show',
          assignmentId: a.id,
          note: 'not checked in by start + grace',
        });
        await recordEvents(tx, [
          assignmentUpdated({
            id: a.id,
            shiftId: a.shift_id,
            workerId: a.worker_id,
            employerId: a.employer_id,
            status: 'no_show',
          }),
        ]);
        return 1;
      });
    }
    return marked;
  }

  /**
   * One legal move in one transaction: lock, check the side and the state machine, run
   * the move's own writes, set the status, free the seat when the move does, record events.
   * The answer is read in the same transaction, so a retried request's key (confirm,
   * check-in) stores exactly what the first request answered.
   */
  async move(
    userId: string,
    id: string,
    sides: readonly Side[],
    to: AssignmentStatus,
    extra?: (tx: EntityManager, a: LockedAssignment, now: Date, side: Side) => Promise<void>,
  ): Promise<AssignmentView> {
    const now = this.clock.now();
    return idempotentTransaction(this.db, async (tx) => {
      const a = await lockAssignment(tx, this.seats, id, userId, sides);
      assertTransition(a.status, to);
      if (extra) await extra(tx, a, now, a.side);
      await tx.query(`UPDATE assignments SET status = $2, updated_at = now() WHERE id = $1`, [
        a.id,
        to,
      ]);
      await recordEvents(tx, [assignmentUpdated({ ...a, status: to })]);
      if (freesSeat(to)) await this.seats.release(tx, a.shiftId);
      return this.get(id, tx);
    });
  }

  async get(id: string, db: DataSource | EntityManager = this.db): Promise<AssignmentView> {
    const [row] = await db.query<AssignmentRow[]>(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignments a WHERE a.id = $1`,
      [id],
    );
    return toAssignmentView(row!);
  }
}
