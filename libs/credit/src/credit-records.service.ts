import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@app/accounts';
import { APP_CONFIG, AppConfig, Clock, maskPhone } from '@app/common';
import { toShanghaiIso } from '@app/listings';
import { AppealsService } from './appeals/appeals.service';
import { AuditService } from './audit.service';
import { BlacklistService } from './blacklist/blacklist.service';
import { CREDIT_HALF_LIFE_DAYS, creditWeight } from './credit-rules';
import { CreditService } from './credit.service';
import { findUser, type UserRefDto } from './credit-users';
import type { CreditEventView, CommitmentView, CreditRecordView } from './credit.view';
import type { RecordFalseInformationDto } from './credit.dto';
import { ShiftReviewService } from './review/shift-review.service';

interface EventRow {
  id: string;
  kind: string;
  delta: number;
  assignment_id: string | null;
  note: string | null;
  created_at: Date;
  voided_at: Date | null;
}

interface CommitmentRow {
  id: string;
  kind: string;
  role: string;
  subject_id: string | null;
  version: string;
  text_zh: string;
  text_en: string;
  created_at: Date;
}

/** A user's whole credit record, read for themself or for an admin; and admin-recorded events. */
@Injectable()
export class CreditRecordsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly credit: CreditService,
    private readonly blacklist: BlacklistService,
    private readonly appeals: AppealsService,
    private readonly reviews: ShiftReviewService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  mine(user: AuthUser): Promise<CreditRecordView> {
    return this.record({ userId: user.id }, false);
  }

  forAdmin(ref: UserRefDto): Promise<CreditRecordView> {
    return this.record(ref, true);
  }

  /** 提供虚假信息: an admin records it with a note; audited. */
  async falseInformation(
    admin: AuthUser,
    userId: string,
    dto: RecordFalseInformationDto,
  ): Promise<CreditRecordView> {
    const user = await findUser(this.db, { userId });
    await this.db.transaction(async (tx) => {
      await this.credit.record(tx, {
        userId: user.id,
        kind: 'false_information',
        assignmentId: null,
        note: dto.note.trim(),
        createdBy: admin.id,
      });
      const [event] = await tx.query<{ id: string }[]>(
        `SELECT id FROM credit_events WHERE user_id = $1 AND kind = 'false_information'
          ORDER BY created_at DESC, id DESC LIMIT 1`,
        [user.id],
      );
      await this.audit.record(tx, {
        actorId: admin.id,
        action: 'credit_event.false_information',
        subjectType: 'credit_event',
        subjectId: event!.id,
        userId: user.id,
        detail: { note: dto.note.trim() },
      });
    });
    return this.record({ userId: user.id }, true);
  }

  private async record(ref: UserRefDto, admin: boolean): Promise<CreditRecordView> {
    const user = await findUser(this.db, ref);
    // The read path recomputes (and re-caches) the score, so what anyone sees is current.
    const score = await this.credit.current(user.id);
    const now = this.clock.now();
    const [events, commitments, blacklist, appeals, heldShifts] = await Promise.all([
      this.db.query<EventRow[]>(
        `SELECT id, kind, delta, assignment_id, note, created_at, voided_at FROM credit_events
          WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT 100`,
        [user.id],
      ),
      this.db.query<CommitmentRow[]>(
        `SELECT id, kind, role, subject_id, version, text_zh, text_en, created_at FROM commitments
          WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT 100`,
        [user.id],
      ),
      this.blacklist.ofUser(user.id),
      this.appeals.ofUser(user.id),
      this.reviews.ofEmployer(user.id),
    ]);
    return {
      userId: user.id,
      phone: admin ? user.phone : maskPhone(user.phone),
      roles: user.roles,
      score,
      thresholds: {
        instantMin: this.config.CREDIT_INSTANT_MIN,
        reviewBelow: this.config.CREDIT_REVIEW_BELOW,
        halfLifeDays: CREDIT_HALF_LIFE_DAYS,
      },
      ledger: events.map((e) => toEventView(e, now)),
      commitments: commitments.map(toCommitmentView),
      blacklist: admin ? blacklist.map((b) => ({ ...b, phone: user.phone })) : blacklist,
      appeals,
      heldShifts,
    };
  }
}

function toEventView(e: EventRow, now: Date): CreditEventView {
  const at = new Date(e.created_at);
  return {
    id: e.id,
    kind: e.kind,
    delta: e.delta,
    weighted: e.voided_at ? 0 : Math.round(e.delta * creditWeight(at, now) * 10) / 10,
    assignmentId: e.assignment_id,
    note: e.note,
    at: toShanghaiIso(at),
    voidedAt: e.voided_at ? toShanghaiIso(new Date(e.voided_at)) : null,
  };
}

function toCommitmentView(c: CommitmentRow): CommitmentView {
  return {
    id: c.id,
    kind: c.kind,
    role: c.role,
    subjectId: c.subject_id,
    version: c.version,
    textZh: c.text_zh,
    textEn: c.text_en,
    at: toShanghaiIso(new Date(c.created_at)),
  };
}
