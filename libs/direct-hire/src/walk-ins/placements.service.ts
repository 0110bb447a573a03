import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@app/accounts';
import { AppException, Clock, idempotentTransaction } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { AssignmentView } from '@app/matching';
import { AssignmentsService } from '@app/matching';
import { insertOperatorOffer, SeatsService } from '@app/matching';
import { CandidatesService } from '@app/matching';
import type { CandidateReason } from '@app/matching';
import { isHardRequirement } from '@app/matching';
import { REASON_TEXT } from '@app/matching';
import { MarketStaffAccess } from './market-staff-access';
import type { CreatePlacementDto } from './walk-in.dto';

/**
 * What stops an operator from placing a walk-in: the hard requirements. The worker's
 * preferences (availability, minimum pay, travel distance) are not checked — the
 * worker is at the counter and agrees on the spot. A double booking is left to the
 * seat claim (409 WORKER_BUSY).
 */
const blocks = (reason: CandidateReason) => reason === 'no_profile' || isHardRequirement(reason);

/**
 * 代为接单: an operator accepts a seat on a walk-in's behalf. In one transaction,
 * with the shift row locked first (the lock order of every seat move): an offer
 * with source 'operator' recorded as already accepted, a seat claimed through
 * SeatsService (so SHIFT_FULL / WORKER_BUSY / SHIFT_NOT_OPEN come out exactly as
 * for an accept, and assignment.updated / shift.updated go through the outbox), and
 * the placement row naming the operator. Any failure rolls all of it back.
 */
@Injectable()
export class PlacementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: MarketStaffAccess,
    private readonly candidates: CandidatesService,
    private readonly seats: SeatsService,
    private readonly assignments: AssignmentsService,
    private readonly clock: Clock,
  ) {}

  async place(
    marketId: string,
    operator: AuthUser,
    dto: CreatePlacementDto,
  ): Promise<AssignmentView> {
    const market = await this.access.open(marketId, operator);
    await this.access.assertConsent(marketId, dto.workerId);
    const now = this.clock.now();
    // One transaction with a retried request's key, taken before the assessment: a retry
    // must answer what the first placement did, not find its offer and refuse.
    return idempotentTransaction(this.db, async (tx) => {
      const [assessment] = await this.candidates.assess(
        dto.workerId,
        [dto.shiftId],
        { lat: market.lat, lng: market.lng },
        // Preferences are not judged here, so the score's distance scale is generous.
        100,
        tx,
      );
      if (!assessment) {
        throw AppException.forField(ErrorCode.NOT_FOUND, 'shiftId', {
          zh: '岗位不存在',
          en: 'no such shift',
        });
      }
      if (assessment.reasons.includes('already_offered')) {
        throw AppException.forField(ErrorCode.ALREADY_OFFERED, 'shiftId', {
          zh: '该零工已收到过此岗位的邀约，请让其本人处理或选择其他岗位',
          en: 'this worker already has an offer for this shift',
        });
      }
      const blocking = assessment.reasons.filter(blocks);
      if (blocking.length) {
        throw new AppException(ErrorCode.WORKER_NOT_ELIGIBLE, {
          details: blocking.map((reason) => ({ field: 'workerId', message: REASON_TEXT[reason] })),
        });
      }
      await this.seats.lockShift(tx, dto.shiftId);
      const offerId = await insertOperatorOffer(tx, {
        shiftId: dto.shiftId,
        workerId: dto.workerId,
        score: assessment.score,
        distanceKm: assessment.distanceKm,
        now,
      });
      // An offer for this pair appeared since we looked (a retry without a key, an invite).
      if (offerId === undefined) throw new AppException(ErrorCode.ALREADY_OFFERED);
      const seat = await this.seats.claim(tx, {
        shiftId: dto.shiftId,
        workerId: dto.workerId,
        source: 'operator',
        offerId,
        now,
      });
      await tx.query(
        `INSERT INTO walk_in_placements (assignment_id, offer_id, market_id, operator_id, worker_id, created_at)
           VALUES ($1, $2, $3, $4, $5, $6)`,
        [seat.assignmentId, offerId, marketId, operator.id, dto.workerId, now],
      );
      return this.assignments.get(seat.assignmentId, tx);
    });
  }
}
