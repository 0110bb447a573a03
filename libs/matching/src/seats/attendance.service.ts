import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, AppException, Clock, distanceKm } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { CreditService } from '@app/credit';
import { toShanghaiIso } from '@app/listings';
import { assertTransition, lockAssignment } from './assignment-lock';
import { CheckInDto, CheckOutDto, RateDto } from './assignment.dto';
import { AssignmentView, CheckOutPreviewView } from './assignment.view';
import { AssignmentsService } from './assignments.service';
import { canCheckOut, checkConfirmedFigures, earnsCompletion } from './domain/check-out';
import { currentCheckInCode, isValidCheckInCode } from './domain/check-in-code';
import { checkInTiming } from './domain/timing';
import { type PayUnit, workRecord } from './domain/work-record';
import { SeatsService } from './seats.service';

/** On site: the rotating code, check-in, check-out (hours and pay) and ratings. */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly assignments: AssignmentsService,
    private readonly seats: SeatsService,
    private readonly credit: CreditService,
    private readonly clock: Clock,
  ) {}

  /** The code the owner shows on site: an HMAC of the shift and the time bucket. */
  async checkInCode(
    employerId: string,
    shiftId: string,
  ): Promise<{ code: string; expiresAt: Date }> {
    const notFound = new AppException(ErrorCode.NOT_FOUND, {
      message: { zh: '岗位不存在', en: 'No such shift' },
    });
    const [row] = await this.db.query<{ employer_id: string }[]>(
      `SELECT employer_id FROM shifts WHERE id = $1`,
      [shiftId],
    );
    if (!row) throw notFound;
    if (row.employer_id !== employerId) {
      throw new AppException(ErrorCode.FORBIDDEN, {
        message: { zh: '只有发布者可以查看签到码', en: 'Only the owner sees the check-in code' },
      });
    }
    return currentCheckInCode(this.secret(), shiftId, this.clock.now(), this.period());
  }

  checkIn(workerId: string, id: string, dto: CheckInDto): Promise<AssignmentView> {
    if ((dto.code === undefined) === (dto.location === undefined)) {
      throw AppException.forField(ErrorCode.VALIDATION_FAILED, 'code', {
        zh: '请提供签到码或当前位置（二选一）',
        en: 'Give either the check-in code or your location',
      });
    }
    return this.assignments.move(workerId, id, ['worker'], 'checked_in', async (tx, a, now) => {
      const timing = checkInTiming(a, now, this.config.CHECKIN_EARLY_MINUTES);
      if (timing === 'too_early') {
        throw new AppException(ErrorCode.CHECK_IN_TOO_EARLY, {
          message: {
            zh: `请在开工当天、开工前 ${this.config.CHECKIN_EARLY_MINUTES} 分钟内签到`,
            en: `Check in on the shift's day, at most ${this.config.CHECKIN_EARLY_MINUTES} minutes before the start`,
          },
        });
      }
      if (timing === 'too_late') {
        throw new AppException(ErrorCode.ILLEGAL_TRANSITION, {
          message: { zh: '岗位已结束，不能签到', en: 'The shift has ended' },
        });
      }
      if (dto.code !== undefined) {
        if (!isValidCheckInCode(this.secret(), a.shiftId, dto.code, now, this.period())) {
          throw AppException.forField(ErrorCode.CHECK_IN_CODE_INVALID, 'code', {
            zh: '签到码错误或已过期',
            en: 'wrong or expired code',
          });
        }
      } else {
        const metres = distanceKm(dto.location!, { lat: a.lat, lng: a.lng }) * 1000;
        if (metres > this.config.CHECKIN_RADIUS_M) {
          throw AppException.forField(ErrorCode.NOT_ON_SITE, 'location', {
            zh: `距工作地点约 ${Math.round(metres)} 米，需在 ${this.config.CHECKIN_RADIUS_M} 米内`,
            en: `about ${Math.round(metres)} m from the site; must be within ${this.config.CHECKIN_RADIUS_M} m`,
          });
        }
      }
      await tx.query(
        `UPDATE assignments SET check_in_at = $2, check_in_method = $3 WHERE id = $1`,
        [a.id, now, dto.code !== undefined ? 'code' : 'location'],
      );
    });
  }

  /**
   * What a check-out now would record, for the worker (or the employer) to confirm:
   * the instant, minutes, hours and pay. Refused before the shift's start.
   */
  async checkOutPreview(userId: string, id: string, pieces?: number): Promise<CheckOutPreviewView> {
    const now = this.clock.now();
    return this.db.transaction(async (tx) => {
      const a = await lockAssignment(tx, this.seats, id, userId, ['worker', 'employer']);
      assertTransition(a.status, 'completed');
      if (!canCheckOut(now, a)) throw checkOutTooEarly(a.startsAt);
      const record = workRecord(
        a.checkInAt!,
        now,
        { unit: a.payUnit, amountFen: a.payFen },
        requirePieces(a.payUnit, pieces),
      );
      return {
        checkOutAt: toShanghaiIso(now),
        minutesWorked: record.minutesWorked,
        hours: record.hours,
        payFen: record.payFen,
      };
    });
  }

  /**
   * Worker or employer, from the shift's start: records the check-out instant, hours and
   * pay that were shown and confirmed (409 CHECK_OUT_FIGURES_CHANGED when they are not
   * what the rules give, or the preview is too old), who confirmed them, and — for work
   * that took time — the worker's completed credit. A 0-minute job earns nothing and is no
   * work record.
   */
  checkOut(userId: string, id: string, dto: CheckOutDto): Promise<AssignmentView> {
    return this.assignments.move(
      userId,
      id,
      ['worker', 'employer'],
      'completed',
      async (tx, a, now) => {
        if (!canCheckOut(now, a)) throw checkOutTooEarly(a.startsAt);
        const { result, record } = checkConfirmedFigures(
          {
            startsAt: a.startsAt,
            checkInAt: a.checkInAt!,
            pay: { unit: a.payUnit, amountFen: a.payFen },
            pieces: requirePieces(a.payUnit, dto.pieces),
          },
          { at: new Date(dto.checkOutAt), hours: dto.hours, payFen: dto.payFen },
          now,
        );
        if (result === 'too_early') throw checkOutTooEarly(a.startsAt);
        if (result !== 'ok') {
          throw new AppException(ErrorCode.CHECK_OUT_FIGURES_CHANGED, {
            message: {
              zh: '确认的工时或报酬已过期，请刷新后重新确认',
              en: 'The hours and pay you confirmed are out of date; look again and confirm',
            },
          });
        }
        await tx.query(
          `UPDATE assignments SET check_out_at = $2, minutes_worked = $3, pay_fen = $4,
                  figures_confirmed_by = $5, figures_confirmed_at = $6
            WHERE id = $1`,
          [a.id, new Date(dto.checkOutAt), record.minutesWorked, record.payFen, userId, now],
        );
        if (earnsCompletion(record.minutesWorked)) {
          await this.credit.record(tx, {
            userId: a.workerId,
            kind: 'completed',
            assignmentId: a.id,
          });
        }
      },
    );
  }

  /** Either side rates the other once, after completion; five stars is a good_rating credit. */
  async rate(
    userId: string,
    id: string,
    dto: RateDto,
  ): Promise<{ stars: number; comment: string | null }> {
    await this.db.transaction(async (tx) => {
      const a = await lockAssignment(tx, this.seats, id, userId, ['worker', 'employer']);
      if (a.status !== 'completed') {
        throw new AppException(ErrorCode.ILLEGAL_TRANSITION, {
          message: { zh: '完工后才能评价', en: 'You can rate only a completed assignment' },
        });
      }
      const ratee = a.side === 'worker' ? a.employerId : a.workerId;
      const inserted = await tx.query<unknown[]>(
        `INSERT INTO ratings (assignment_id, rater_id, ratee_id, stars, comment)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING stars`,
        [a.id, userId, ratee, dto.stars, dto.comment?.trim() ?? null],
      );
      if (inserted.length === 0) throw new AppException(ErrorCode.ALREADY_RATED);
      if (dto.stars === 5) {
        await this.credit.record(tx, { userId: ratee, kind: 'good_rating', assignmentId: a.id });
      }
    });
    return { stars: dto.stars, comment: dto.comment?.trim() ?? null };
  }

  private secret(): string {
    return this.config.JWT_ACCESS_SECRET;
  }

  private period(): number {
    return this.config.CHECKIN_CODE_PERIOD_SECONDS;
  }
}

function checkOutTooEarly(startsAt: Date): AppException {
  // The start in Shanghai wall-clock time, as the worker's phone shows the shift.
  const iso = toShanghaiIso(startsAt);
  const [month, day, time] = [Number(iso.slice(5, 7)), Number(iso.slice(8, 10)), iso.slice(11, 16)];
  return new AppException(ErrorCode.CHECK_OUT_TOO_EARLY, {
    message: {
      zh: `岗位 ${month}月${day}日 ${time} 才开始，开工后才能签退`,
      en: `The shift starts on ${iso.slice(0, 10)} at ${time}: you can check out only after the start`,
    },
  });
}

/** Piece pay needs the count (400 naming pieces); other units ignore it. */
function requirePieces(unit: PayUnit, pieces: number | undefined): number | undefined {
  if (unit === 'piece' && pieces === undefined) {
    throw AppException.forField(ErrorCode.VALIDATION_FAILED, 'pieces', {
      zh: '计件岗位需填写件数',
      en: 'a piece-rate shift needs the number of pieces',
    });
  }
  return pieces;
}
