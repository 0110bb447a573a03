import { Injectable } from '@nestjs/common';
import { QueryFailedError, type EntityManager } from 'typeorm';
import { AppException, Clock, clockStampSql } from '@app/common';
import { DomainEvent, ErrorCode } from '@app/contracts';
import {
  setSeats,
  shiftUpdated,
  ShiftStatus,
  statusAfterSeatChange,
  takeSeat,
} from '@app/listings';
import { offerClosed } from '../offers/offer-events';
import { settleOffersOnClaim } from '../offers/offer-writes';
import { assignmentUpdated } from './assignment-events';
import { type AssignmentView, toAssignmentView } from './assignment.view';
import type { AssignmentStatus } from './domain/assignment-status';
import { recordEvents } from '@app/events';

export type SeatSource = 'offer' | 'grab' | 'invite' | 'operator';

export interface ClaimInput {
  shiftId: string;
  workerId: string;
  source: SeatSource;
  offerId?: string;
  /** The domain clock's now. */
  now: Date;
}

export interface ClaimedSeat {
  assignmentId: string;
  status: AssignmentStatus;
  shift: SeatShift;
  /** The claimant's offer (ClaimInput.offerId) was pending and the claim accepted it. */
  offerAccepted: boolean;
}

/** The shift columns seat changes return and their events need. */
export interface SeatShift {
  id: string;
  employerId: string;
  status: ShiftStatus;
  filled: number;
  headcount: number;
  marketId: string | null;
}

interface ShiftRow {
  id: string;
  employer_id: string;
  status: ShiftStatus;
  filled: number;
  headcount: number;
  market_id: string | null;
  auto_confirm: boolean;
}

const toSeatShift = (r: ShiftRow): SeatShift => ({
  id: r.id,
  employerId: r.employer_id,
  status: r.status,
  filled: r.filled,
  headcount: r.headcount,
  marketId: r.market_id,
});

/** The view of a seat just claimed: no check-in, hours or pay yet, so no read-back is needed. */
export function claimedView(
  seat: ClaimedSeat,
  workerId: string,
  source: SeatSource,
): AssignmentView {
  return toAssignmentView({
    id: seat.assignmentId,
    shift_id: seat.shift.id,
    worker_id: workerId,
    status: seat.status,
    source,
    check_in_at: null,
    check_out_at: null,
    minutes_worked: null,
    pay_fen: null,
    created_at: new Date(),
  });
}

/**
 * Seats of a shift. Both guarantees are the database's, so they hold across any number
 * of API processes: a conditional UPDATE of the filled count (under the row lock it
 * takes, concurrent claims queue and re-check `filled < headcount`) cannot overfill, and
 * the exclusion constraint `assignments_no_double_booking` cannot double-book a worker.
 *
 * Lock order, everywhere in matching: the shift row first, then its offers/assignments.
 */
@Injectable()
export class SeatsService {
  constructor(private readonly clock: Clock) {}

  /** Claims a seat in the caller's transaction; throws (and so rolls everything back) on failure. */
  async claim(tx: EntityManager, input: ClaimInput): Promise<ClaimedSeat> {
    const row = await takeSeat(tx, input.shiftId, input.now);
    if (!row) throw await this.whyNoSeat(tx, input.shiftId);

    const status: AssignmentStatus = row.auto_confirm ? 'confirmed' : 'pending_confirm';
    let assignmentId: string;
    try {
      const [inserted] = await tx.query<{ id: string }[]>(
        `INSERT INTO assignments (shift_id, worker_id, offer_id, source, status, period, confirmed_at,
                                  created_at)
         SELECT s.id, $2, $3, $4, $5, tstzrange(s.starts_at, s.ends_at), $6, ${clockStampSql('$7')}
           FROM shifts s WHERE s.id = $1
         RETURNING id`,
        [
          input.shiftId,
          input.workerId,
          input.offerId ?? null,
          input.source,
          status,
          status === 'confirmed' ? input.now : null,
          // The board's "filled today" reads this stamp against the same clock.
          this.clock.leadMs(),
        ],
      );
      assignmentId = inserted!.id;
    } catch (error) {
      if (isExclusionViolation(error)) {
        throw new AppException(ErrorCode.WORKER_BUSY, {
          message: {
            zh: '您在该时段已有其他工作',
            en: 'You already have a booking that overlaps this shift',
          },
        });
      }
      throw error;
    }

    const shift = toSeatShift(row);
    const events: DomainEvent[] = [
      assignmentUpdated({
        id: assignmentId,
        shiftId: shift.id,
        workerId: input.workerId,
        employerId: shift.employerId,
        status,
      }),
      shiftUpdated(shift),
    ];
    // The claimant's offer is accepted and, if the last seat went, every other pending
    // offer of the shift closes now.
    const settled = await settleOffersOnClaim(
      tx,
      shift.id,
      input.offerId ?? null,
      shift.status === 'filled',
      input.now,
    );
    for (const o of settled.revoked) {
      events.push(offerClosed({ id: o.id, shiftId: shift.id, workerId: o.worker_id }, 'filled'));
    }
    if (settled.accepted) {
      const offer = { id: input.offerId!, shiftId: shift.id, workerId: input.workerId };
      events.push(offerClosed(offer, 'accepted'));
    }
    await recordEvents(tx, events);
    return { assignmentId, status, shift, offerAccepted: settled.accepted };
  }

  /**
   * Gives a seat back (reject, cancel): filled − 1 and a filled shift reopens
   * (statusAfterSeatChange). The caller holds the shift row lock (lockShift).
   */
  async release(tx: EntityManager, shiftId: string): Promise<SeatShift> {
    const current = await this.lockShift(tx, shiftId);
    const filled = Math.max(0, current.filled - 1);
    const status = statusAfterSeatChange(current.status, filled, current.headcount);
    await setSeats(tx, shiftId, filled, status);
    const shift = { ...current, filled, status };
    await recordEvents(tx, [shiftUpdated(shift)]);
    return shift;
  }

  /** Locks the shift row (lock order: shift first) and returns it. */
  async lockShift(tx: EntityManager, shiftId: string): Promise<SeatShift> {
    const [row] = await tx.query<ShiftRow[]>(
      `SELECT id, employer_id, status, filled, headcount, market_id, auto_confirm
         FROM shifts WHERE id = $1 FOR UPDATE`,
      [shiftId],
    );
    if (!row)
      throw new AppException(ErrorCode.NOT_FOUND, {
        message: { zh: '岗位不存在', en: 'No such shift' },
      });
    return toSeatShift(row);
  }

  private async whyNoSeat(tx: EntityManager, shiftId: string): Promise<AppException> {
    const [row] = await tx.query<{ status: ShiftStatus; filled: number; headcount: number }[]>(
      `SELECT status, filled, headcount FROM shifts WHERE id = $1`,
      [shiftId],
    );
    if (!row) {
      return new AppException(ErrorCode.NOT_FOUND, {
        message: { zh: '岗位不存在', en: 'No such shift' },
      });
    }
    if (row.status === 'filled' || (row.status === 'open' && row.filled >= row.headcount)) {
      return new AppException(ErrorCode.SHIFT_FULL);
    }
    return new AppException(ErrorCode.SHIFT_NOT_OPEN);
  }
}

function isExclusionViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23P01'
  );
}
