import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@app/accounts';
import { AppException, Clock, decodeCursor, Page, toPage } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { decideShiftReview, shiftUpdated, toShanghaiIso } from '@app/listings';
import { AuditService } from '../audit.service';
import type { ListHeldShiftsQueryDto, ReviewShiftDto, ShiftReviewView } from './shift-review.dto';
import { recordEvents } from '@app/events';

interface ReviewRow {
  shift_id: string;
  title: string;
  trade_code: string;
  starts_at: Date;
  ends_at: Date;
  headcount: number;
  shift_status: string;
  employer_id: string;
  employer_name: string | null;
  employer_score: number;
  status: 'pending' | 'approved' | 'rejected';
  reason: string | null;
  decided_at: Date | null;
  created_at: Date;
  market_id: string | null;
  t: string;
}

const COLUMNS = `r.shift_id, s.title, s.trade_code, s.starts_at, s.ends_at, s.headcount,
  s.status AS shift_status, s.employer_id, ep.name AS employer_name, r.employer_score, r.status,
  r.reason, r.decided_at, r.created_at, s.market_id, r.created_at::text AS t`;
const FROM = `shift_reviews r JOIN shifts s ON s.id = r.shift_id
  LEFT JOIN employer_profiles ep ON ep.user_id = s.employer_id`;

/**
 * The review hold: a shift posted by an employer whose credit is under
 * CREDIT_REVIEW_BELOW waits in `pending_review` — not listed, not matched — until an
 * admin approves it (→ open: the shift.updated event starts matching exactly as for a
 * new shift) or rejects it with a reason (→ cancelled; the reason is on the review).
 */
@Injectable()
export class ShiftReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async decide(admin: AuthUser, shiftId: string, dto: ReviewShiftDto): Promise<ShiftReviewView> {
    if (!isUUID(shiftId)) throw notFound();
    const now = this.clock.now();
    await this.db.transaction(async (tx) => {
      const [shift] = await tx.query<
        {
          status: string;
          employer_id: string;
          filled: number;
          headcount: number;
          market_id: string | null;
          ends_at: Date;
        }[]
      >(
        `SELECT status, employer_id, filled, headcount, market_id, ends_at FROM shifts WHERE id = $1 FOR UPDATE`,
        [shiftId],
      );
      if (!shift) throw notFound();
      if (shift.status !== 'pending_review') throw new AppException(ErrorCode.SHIFT_NOT_IN_REVIEW);
      const approve = dto.decision === 'approve';
      if (approve && shift.ends_at.getTime() <= now.getTime()) {
        throw new AppException(ErrorCode.INVALID_TIME_WINDOW, {
          message: { zh: '该岗位已结束，不能再发布', en: 'The shift has already ended' },
        });
      }
      const status = await decideShiftReview(tx, {
        shiftId,
        approve,
        reason: dto.reason?.trim() || null,
        decidedBy: admin.id,
        now,
      });
      await recordEvents(tx, [
        shiftUpdated({
          id: shiftId,
          employerId: shift.employer_id,
          status,
          filled: shift.filled,
          headcount: shift.headcount,
          marketId: shift.market_id,
        }),
      ]);
      await this.audit.record(tx, {
        actorId: admin.id,
        action: approve ? 'shift.approve' : 'shift.reject',
        subjectType: 'shift',
        subjectId: shiftId,
        userId: shift.employer_id,
        detail: { reason: dto.reason?.trim() || null },
      });
    });
    return this.get(shiftId);
  }

  async get(shiftId: string): Promise<ShiftReviewView> {
    const [row] = await this.db.query<ReviewRow[]>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE r.shift_id = $1`,
      [shiftId],
    );
    if (!row) throw notFound();
    return toView(row);
  }

  /**
   * Held shifts, oldest first (a queue); `status` pending by default. A pending review
   * whose shift was cancelled by its owner or expired unreviewed has nothing left to
   * decide and leaves the queue.
   */
  async list(q: ListHeldShiftsQueryDto): Promise<Page<ShiftReviewView>> {
    const review = { pending_review: 'pending', approved: 'approved', rejected: 'rejected' }[
      q.status ?? 'pending_review'
    ];
    const params: unknown[] = [review];
    let after = '';
    if (q.cursor !== undefined) {
      const key = decodeCursor<{ t: string; id: string }>(q.cursor, { t: 'string', id: 'string' });
      if (!isUUID(key.id)) throw new AppException(ErrorCode.INVALID_CURSOR);
      params.push(key.t, key.id);
      after = `AND (r.created_at, r.shift_id) > ($2::timestamptz, $3::uuid)`;
    }
    const rows = await this.db.query<ReviewRow[]>(
      `SELECT ${COLUMNS} FROM ${FROM}
        WHERE r.status = $1 AND (r.status <> 'pending' OR s.status = 'pending_review') ${after}
        ORDER BY r.created_at, r.shift_id LIMIT ${q.limit + 1}`,
      params,
    );
    return toPage(rows, q.limit, toView, (r) => ({ t: r.t, id: r.shift_id }));
  }

  /** An employer's held shifts and how their review went, newest first (GET /credit/me). */
  async ofEmployer(employerId: string): Promise<ShiftReviewView[]> {
    const rows = await this.db.query<ReviewRow[]>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE s.employer_id = $1 ORDER BY r.created_at DESC LIMIT 50`,
      [employerId],
    );
    return rows.map(toView);
  }
}

function notFound(): AppException {
  return new AppException(ErrorCode.NOT_FOUND, {
    message: { zh: '岗位不存在', en: 'No such shift' },
  });
}

function toView(r: ReviewRow): ShiftReviewView {
  return {
    shiftId: r.shift_id,
    title: r.title,
    tradeCode: r.trade_code,
    startsAt: toShanghaiIso(new Date(r.starts_at)),
    endsAt: toShanghaiIso(new Date(r.ends_at)),
    headcount: r.headcount,
    shiftStatus: r.shift_status,
    employerId: r.employer_id,
    employerName: r.employer_name ?? '',
    employerScore: r.employer_score,
    review: r.status,
    reason: r.reason,
    decidedAt: r.decided_at ? toShanghaiIso(new Date(r.decided_at)) : null,
    heldAt: toShanghaiIso(new Date(r.created_at)),
  };
}
