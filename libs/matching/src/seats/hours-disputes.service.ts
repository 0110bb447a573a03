import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, AppException, Clock, idempotentTransaction } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { CreditService } from '@app/credit';
import { assignmentUpdated } from './assignment-events';
import { LockedAssignment, lockAssignment } from './assignment-lock';
import { DisputeHoursDto } from './assignment.dto';
import { AssignmentView } from './assignment.view';
import { AssignmentsService } from './assignments.service';
import { canDisputeHours, earnsCompletion, payForMinutes } from './domain/check-out';
import { SeatsService } from './seats.service';
import { updateReturning } from '@app/common';
import { recordEvents } from '@app/events';

interface CompletedFigures {
  check_out_at: Date;
  minutes_worked: number;
  pay_fen: number;
  confirmed: boolean;
}

/**
 * The employer's dispute of the hours recorded at check-out, and how it is settled:
 * within HOURS_DISPUTE_HOURS of the check-out, once per assignment, the shift's employer
 * gives their figure and a reason. The worker then accepts it (the assignment takes the
 * employer's hours and pay; accepting 0 hours voids the completed credit) or rejects it
 * (the recorded figures stand; if the employer does not pay them, that is a wage
 * complaint, where staff see both figures). While open, the work record cannot be
 * confirmed for the statistics.
 */
@Injectable()
export class HoursDisputesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly assignments: AssignmentsService,
    private readonly seats: SeatsService,
    private readonly credit: CreditService,
    private readonly clock: Clock,
  ) {}

  async dispute(employerId: string, id: string, dto: DisputeHoursDto): Promise<AssignmentView> {
    const now = this.clock.now();
    // One transaction with a retried request's key; the answer is read inside it.
    return idempotentTransaction(this.db, async (tx) => {
      const a = await lockAssignment(tx, this.seats, id, employerId, ['employer']);
      const figures = await this.completedFigures(tx, a);
      if (!canDisputeHours(figures.check_out_at, now, this.config.HOURS_DISPUTE_HOURS)) {
        throw notAllowed(
          `签退 ${this.config.HOURS_DISPUTE_HOURS} 小时内才能对工时提出异议`,
          `Hours can be disputed only within ${this.config.HOURS_DISPUTE_HOURS} hours of the check-out`,
        );
      }
      if (figures.confirmed) {
        throw notAllowed(
          '零工已确认该工作记录（承诺制），如有不实请联系工作人员',
          'The worker has confirmed this work record; if it is untrue, contact the staff',
        );
      }
      const claimedMinutes = Math.round(dto.hours * 60);
      if (claimedMinutes === figures.minutes_worked) {
        throw AppException.forField(ErrorCode.VALIDATION_FAILED, 'hours', {
          zh: '与记录的工时相同',
          en: 'the same as the recorded hours',
        });
      }
      const claimedPay = payForMinutes(
        claimedMinutes,
        { unit: a.payUnit, amountFen: a.payFen },
        figures.pay_fen,
      );
      const inserted = await tx.query<unknown[]>(
        `INSERT INTO hours_disputes (assignment_id, employer_id, recorded_minutes, recorded_pay_fen,
                                     claimed_minutes, claimed_pay_fen, reason, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (assignment_id) DO NOTHING RETURNING assignment_id`,
        [
          a.id,
          employerId,
          figures.minutes_worked,
          figures.pay_fen,
          claimedMinutes,
          claimedPay,
          dto.reason.trim(),
          now,
        ],
      );
      if (inserted.length === 0) {
        throw notAllowed('已对该记录的工时提出过异议', 'The hours were already disputed');
      }
      await recordEvents(tx, [assignmentUpdated({ ...a, status: 'completed' })]);
      return this.assignments.get(id, tx);
    });
  }

  /** The worker takes the employer's figure. */
  accept(workerId: string, id: string): Promise<AssignmentView> {
    return this.settle(workerId, id, 'accepted');
  }

  /** The worker keeps the recorded figure. */
  reject(workerId: string, id: string): Promise<AssignmentView> {
    return this.settle(workerId, id, 'rejected');
  }

  private async settle(
    workerId: string,
    id: string,
    to: 'accepted' | 'rejected',
  ): Promise<AssignmentView> {
    const now = this.clock.now();
    await this.db.transaction(async (tx) => {
      const a = await lockAssignment(tx, this.seats, id, workerId, ['worker']);
      const [d] = await updateReturning<{ claimed_minutes: number; claimed_pay_fen: number }>(
        tx,
        `UPDATE hours_disputes SET status = $2, resolved_at = $3
          WHERE assignment_id = $1 AND status = 'open'
          RETURNING claimed_minutes, claimed_pay_fen`,
        [a.id, to, now],
      );
      if (!d) {
        throw new AppException(ErrorCode.ILLEGAL_TRANSITION, {
          message: { zh: '没有待处理的工时异议', en: 'There is no open dispute of the hours' },
        });
      }
      if (to === 'accepted') {
        await tx.query(`UPDATE assignments SET minutes_worked = $2, pay_fen = $3 WHERE id = $1`, [
          a.id,
          d.claimed_minutes,
          d.claimed_pay_fen,
        ]);
        if (!earnsCompletion(d.claimed_minutes)) await this.voidCompletion(tx, a);
      }
      await recordEvents(tx, [assignmentUpdated({ ...a, status: 'completed' })]);
    });
    return this.assignments.get(id);
  }

  private async completedFigures(
    tx: EntityManager,
    a: LockedAssignment,
  ): Promise<CompletedFigures> {
    const [row] = await tx.query<CompletedFigures[]>(
      `SELECT a.check_out_at, a.minutes_worked, a.pay_fen,
              EXISTS (SELECT 1 FROM work_record_confirmations c WHERE c.assignment_id = a.id) AS confirmed
         FROM assignments a WHERE a.id = $1`,
      [a.id],
    );
    if (a.status !== 'completed' || !row?.check_out_at) {
      throw notAllowed(
        '完工签退后才能对工时提出异议',
        'Only the hours of a completed job can be disputed',
      );
    }
    return { ...row, check_out_at: new Date(row.check_out_at) };
  }

  /** Accepting 0 hours: a job that took no time earns no completed credit. */
  private async voidCompletion(tx: EntityManager, a: LockedAssignment): Promise<void> {
    await this.credit.voidCompleted(tx, a.workerId, a.id, '工时确认为 0 (0 hours agreed)');
  }
}

function notAllowed(zh: string, en: string): AppException {
  return new AppException(ErrorCode.HOURS_DISPUTE_NOT_ALLOWED, { message: { zh, en } });
}
