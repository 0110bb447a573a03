import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  AppConfig,
  AppException,
  Clock,
  idempotentTransaction,
  updateReturning,
} from '@app/common';
import { DomainEvent, ErrorCode } from '@app/contracts';
import { cancelShift, canTransition, shiftUpdated, ShiftsService, ShiftView } from '@app/listings';
import { assignmentUpdated } from './assignment-events';
import { AssignmentView } from './assignment.view';
import { isLateCancel } from './domain/timing';
import { claimedView, SeatsService } from './seats.service';
import {
  CandidatesService,
  SHIFT_REQUIREMENT_COLUMNS,
  type ShiftForMatching,
  type ShiftRequirementsRow,
} from '../offers/candidates/candidates.service';
import { isHardRequirement } from '../offers/candidates/eligibility';
import {
  checkGrabCommitment,
  COMMITMENT_TEXTS,
  GrabCommitmentCheck,
  recordCommitment,
} from '@app/commitments';
import { CreditService } from '@app/credit';
import { REASON_TEXT } from '../offers/candidates/reason-texts';
import { offerClosed } from '../offers/offer-events';
import { revokePendingOffers } from '../offers/offer-writes';
import { recordEvents } from '@app/events';

export function shiftNotFound(): AppException {
  return new AppException(ErrorCode.NOT_FOUND, {
    message: { zh: '岗位不存在', en: 'No such shift' },
  });
}

function grabCommitmentRequired(
  check: Exclude<GrabCommitmentCheck, 'ok'>,
  current: string,
): AppException {
  return AppException.forField(
    ErrorCode.GRAB_COMMITMENT_REQUIRED,
    'commitmentVersion',
    check === 'missing'
      ? {
          zh: `首次抢单前请阅读并同意抢单承诺（版本 ${current}）`,
          en: `Read and accept the grab commitment (version ${current}) before your first grab`,
        }
      : {
          zh: `抢单承诺已更新为版本 ${current}，请阅读后再抢单`,
          en: `The grab commitment is now version ${current}: read it and grab again`,
        },
  );
}

/** Shift-level moves of matching: grab a seat (抢单) and cancel a whole shift. */
@Injectable()
export class ShiftLifecycleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly shifts: ShiftsService,
    private readonly seats: SeatsService,
    private readonly credit: CreditService,
    private readonly candidates: CandidatesService,
    private readonly clock: Clock,
  ) {}

  /**
   * A worker who meets the shift's hard requirements (trade, certificates, credit bar,
   * not blacklisted) claims a seat directly.
   */
  async grab(
    workerId: string,
    shiftId: string,
    commitmentVersion?: string,
  ): Promise<AssignmentView> {
    const commitment = COMMITMENT_TEXTS.grab;
    const now = this.clock.now();
    // One transaction from the first read to the seat: a grab is a hot path, and one
    // commit is its whole cost in the database (with a retried request's key).
    return idempotentTransaction(this.db, async (tx) => {
      // The shift and the worker's profile in one round trip.
      const [shift] = await tx.query<
        (ShiftRequirementsRow & {
          employer_id: string;
          has_profile: boolean;
          holds: boolean;
          committed: boolean;
          offer_id: string | null;
        })[]
      >(
        `SELECT ${SHIFT_REQUIREMENT_COLUMNS}, s.employer_id,
                EXISTS (SELECT 1 FROM worker_profiles p WHERE p.user_id = $2) AS has_profile,
                EXISTS (SELECT 1 FROM worker_trades t WHERE t.user_id = $2 AND t.trade_code = s.trade_code) AS holds,
                EXISTS (SELECT 1 FROM commitments c
                         WHERE c.user_id = $2 AND c.kind = 'grab' AND c.version = $3) AS committed,
                (SELECT o.id FROM offers o
                  WHERE o.shift_id = s.id AND o.worker_id = $2 AND o.status = 'pending') AS offer_id
           FROM shifts s WHERE s.id = $1`,
        [shiftId, workerId, commitment.version],
      );
      if (!shift) throw shiftNotFound();
      if (shift.employer_id === workerId) {
        throw new AppException(ErrorCode.FORBIDDEN, {
          message: { zh: '不能抢自己发布的岗位', en: 'You cannot take a seat on your own shift' },
        });
      }
      const check = checkGrabCommitment(commitmentVersion, commitment.version, shift.committed);
      if (check !== 'ok') throw grabCommitmentRequired(check, commitment.version);
      if (!shift.has_profile) throw new AppException(ErrorCode.PROFILE_REQUIRED);
      if (!shift.holds) {
        throw new AppException(ErrorCode.TRADE_NOT_HELD, {
          message: {
            zh: `您的资料中没有工种 ${shift.trade_code}`,
            en: `Your profile does not list the trade ${shift.trade_code}`,
          },
        });
      }
      await this.assertHardRequirements(tx, workerId, this.candidates.forMatching(shift));
      // A pending offer of this worker for this shift is answered by the grab: the claim
      // accepts it with the seat.
      const offerId = shift.offer_id ?? undefined;
      const claimed = await this.seats.claim(tx, {
        shiftId,
        workerId,
        source: 'grab',
        offerId,
        now,
      });
      // Taking a shift is a 告知承诺 (clause 十八), as accepting an offer is: the current
      // version, which the app showed now or on an earlier grab.
      await recordCommitment(tx, {
        userId: workerId,
        role: 'worker',
        kind: 'grab',
        subjectId: shiftId,
        at: now,
      });
      // A seat just claimed has nothing more to show than the claim returned: no read-back.
      return claimedView(claimed, workerId, 'grab');
    });
  }

  private async assertHardRequirements(
    tx: EntityManager,
    workerId: string,
    shift: ShiftForMatching,
  ): Promise<void> {
    const [assessment] = await this.candidates.assessLoaded(workerId, [shift], shift.site, 1, tx);
    const unmet = (assessment?.reasons ?? []).filter(isHardRequirement);
    if (unmet.length === 0) return;
    throw new AppException(ErrorCode.WORKER_NOT_ELIGIBLE, {
      details: unmet.map((reason) => ({ field: 'shiftId', message: REASON_TEXT[reason] })),
    });
  }

  /**
   * The owner cancels a shift that has not started (open or filled), in one transaction:
   * pending offers are revoked, live assignments cancelled (each a late_cancel credit
   * event for the employer when within LATE_CANCEL_HOURS of the start), with their events.
   */
  async cancel(employerId: string, shiftId: string): Promise<ShiftView> {
    const now = this.clock.now();
    await this.db.transaction(async (tx) => {
      // The row lock makes a seat claimed at the same instant see the cancellation, or vice versa.
      const shift = await this.seats.lockShift(tx, shiftId);
      const [{ starts_at: startsAt }] = await tx.query<{ starts_at: Date }[]>(
        `SELECT starts_at FROM shifts WHERE id = $1`,
        [shiftId],
      );
      if (shift.employerId !== employerId) {
        throw new AppException(ErrorCode.FORBIDDEN, {
          message: { zh: '只能取消自己发布的岗位', en: 'You can cancel only your own shifts' },
        });
      }
      const [{ n: onSite }] = await tx.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM assignments WHERE shift_id = $1 AND status = 'checked_in'`,
        [shiftId],
      );
      if (!canTransition(shift.status, 'cancelled') || onSite > 0) {
        throw new AppException(ErrorCode.SHIFT_NOT_OPEN, {
          message: {
            zh:
              onSite > 0
                ? '已有工人签到，不能取消岗位'
                : `岗位当前状态为 ${shift.status}，不能取消`,
            en:
              onSite > 0
                ? 'Workers have checked in: the shift cannot be cancelled'
                : `A shift that is ${shift.status} cannot be cancelled`,
          },
        });
      }
      const events: DomainEvent[] = [];
      const offers = await revokePendingOffers(tx, shiftId, now);
      for (const o of offers)
        events.push(offerClosed({ id: o.id, shiftId, workerId: o.worker_id }, 'revoked'));

      const late = isLateCancel(new Date(startsAt), now, this.config.LATE_CANCEL_HOURS);
      const cancelled = await updateReturning<{ id: string; worker_id: string }>(
        tx,
        `UPDATE assignments SET status = 'cancelled', cancelled_by = 'employer', late_cancel = $2, updated_at = now()
          WHERE shift_id = $1 AND status IN ('pending_confirm', 'confirmed') RETURNING id, worker_id`,
        [shiftId, late],
      );
      for (const a of cancelled) {
        events.push(
          assignmentUpdated({
            id: a.id,
            shiftId,
            workerId: a.worker_id,
            employerId,
            status: 'cancelled',
          }),
        );
        if (late) {
          await this.credit.record(tx, {
            userId: employerId,
            kind: 'late_cancel',
            assignmentId: a.id,
            note: 'shift cancelled',
          });
        }
      }
      await cancelShift(tx, shiftId);
      events.push(shiftUpdated({ ...shift, status: 'cancelled', filled: 0 }));
      await recordEvents(tx, events);
    });
    return this.shifts.get(shiftId);
  }
}
