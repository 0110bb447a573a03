import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@app/accounts';
import {
  AppException,
  Clock,
  decodeCursor,
  idempotentTransaction,
  Page,
  toPage,
} from '@app/common';
import { ErrorCode } from '@app/contracts';
import { toShanghaiIso } from '@app/listings';
import { AuditService } from '../audit.service';
import { BlacklistService } from '../blacklist/blacklist.service';
import { isActive } from '../blacklist/blacklist-rules';
import { CreditService } from '../credit.service';
import type { AppealView, DecideAppealDto, FileAppealDto, ListAppealsQueryDto } from './appeal.dto';

interface AppealRow {
  id: string;
  user_id: string;
  blacklist_entry_id: string | null;
  credit_event_id: string | null;
  text: string;
  status: 'open' | 'upheld' | 'dismissed';
  decided_by: string | null;
  decided_at: Date | null;
  decision_reason: string | null;
  created_at: Date;
  t: string;
}

const COLUMNS = `a.id, a.user_id, a.blacklist_entry_id, a.credit_event_id, a.text, a.status,
  a.decided_by, a.decided_at, a.decision_reason, a.created_at, a.created_at::text AS t`;

/**
 * Appeals 申诉: a user disputes a blacklist entry in force or a credit event of theirs.
 * An admin decides: upheld lifts the entry / voids the event (the score is recomputed in
 * the same transaction); dismissed keeps it, with the reason the user sees.
 */
@Injectable()
export class AppealsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly blacklist: BlacklistService,
    private readonly credit: CreditService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async file(user: AuthUser, dto: FileAppealDto): Promise<AppealView> {
    if (!dto.blacklistEntryId === !dto.creditEventId) {
      throw AppException.forField(ErrorCode.VALIDATION_FAILED, 'blacklistEntryId', {
        zh: '请选择申诉的限制记录或信用记录（二选一）',
        en: 'name either blacklistEntryId or creditEventId',
      });
    }
    const now = this.clock.now();
    // One transaction with a retried request's key; the insert returns the answer.
    return idempotentTransaction(this.db, async (tx) => {
      if (dto.blacklistEntryId) {
        const [e] = await tx.query<
          { user_id: string; until: Date | null; lifted_at: Date | null }[]
        >(`SELECT user_id, until, lifted_at FROM blacklist_entries WHERE id = $1`, [
          dto.blacklistEntryId,
        ]);
        if (
          !e ||
          e.user_id !== user.id ||
          !isActive({ until: e.until, liftedAt: e.lifted_at }, now)
        ) {
          throw new AppException(ErrorCode.APPEAL_NOT_ALLOWED);
        }
      } else {
        const [e] = await tx.query<{ user_id: string; voided_at: Date | null }[]>(
          `SELECT user_id, voided_at FROM credit_events WHERE id = $1`,
          [dto.creditEventId],
        );
        if (!e || e.user_id !== user.id || e.voided_at) {
          throw new AppException(ErrorCode.APPEAL_NOT_ALLOWED);
        }
      }
      const rows = await tx.query<AppealRow[]>(
        `INSERT INTO credit_appeals AS a (user_id, blacklist_entry_id, credit_event_id, text, created_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (COALESCE(blacklist_entry_id, credit_event_id)) WHERE status = 'open' DO NOTHING
         RETURNING ${COLUMNS}`,
        [user.id, dto.blacklistEntryId ?? null, dto.creditEventId ?? null, dto.text.trim(), now],
      );
      if (rows.length === 0) throw new AppException(ErrorCode.APPEAL_NOT_ALLOWED);
      return toView(rows[0]!);
    });
  }

  async decide(admin: AuthUser, id: string, dto: DecideAppealDto): Promise<AppealView> {
    await this.db.transaction(async (tx) => {
      const [appeal] = await tx.query<AppealRow[]>(
        `SELECT ${COLUMNS} FROM credit_appeals a WHERE a.id = $1 FOR UPDATE`,
        [id],
      );
      if (!appeal) throw notFound();
      if (appeal.status !== 'open') throw new AppException(ErrorCode.APPEAL_DECIDED);
      const now = this.clock.now();
      const reason = dto.reason.trim();
      if (dto.decision === 'upheld') {
        if (appeal.blacklist_entry_id) {
          const entry = await this.blacklist.lockEntry(tx, appeal.blacklist_entry_id);
          // An entry that ran out meanwhile needs no lifting; the appeal is still upheld.
          if (isActive({ until: entry.until, liftedAt: entry.lifted_at }, now)) {
            await this.blacklist.liftIn(tx, admin.id, entry.id, reason, 'blacklist.lift_by_appeal');
          }
        } else {
          await tx.query(
            `UPDATE credit_events SET voided_at = $2, void_reason = $3 WHERE id = $1 AND voided_at IS NULL`,
            [appeal.credit_event_id, now, reason],
          );
          await this.credit.refresh(tx, appeal.user_id);
          await this.audit.record(tx, {
            actorId: admin.id,
            action: 'credit_event.void_by_appeal',
            subjectType: 'credit_event',
            subjectId: appeal.credit_event_id!,
            userId: appeal.user_id,
            detail: { reason },
          });
        }
      }
      await tx.query(
        `UPDATE credit_appeals SET status = $2, decided_by = $3, decided_at = $4, decision_reason = $5
          WHERE id = $1`,
        [id, dto.decision, admin.id, now, reason],
      );
      await this.audit.record(tx, {
        actorId: admin.id,
        action: `appeal.${dto.decision}`,
        subjectType: 'appeal',
        subjectId: id,
        userId: appeal.user_id,
        detail: { reason },
      });
    });
    return this.get(id);
  }

  async get(id: string): Promise<AppealView> {
    if (!isUUID(id)) throw notFound();
    const [row] = await this.db.query<AppealRow[]>(
      `SELECT ${COLUMNS} FROM credit_appeals a WHERE a.id = $1`,
      [id],
    );
    if (!row) throw notFound();
    return toView(row);
  }

  async ofUser(userId: string): Promise<AppealView[]> {
    const rows = await this.db.query<AppealRow[]>(
      `SELECT ${COLUMNS} FROM credit_appeals a WHERE a.user_id = $1 ORDER BY a.created_at DESC LIMIT 50`,
      [userId],
    );
    return rows.map(toView);
  }

  /** Oldest first (a queue), by status (default open). */
  async list(q: ListAppealsQueryDto): Promise<Page<AppealView>> {
    const params: unknown[] = [q.status ?? 'open'];
    let after = '';
    if (q.cursor !== undefined) {
      const key = decodeCursor<{ t: string; id: string }>(q.cursor, { t: 'string', id: 'string' });
      if (!isUUID(key.id)) throw new AppException(ErrorCode.INVALID_CURSOR);
      params.push(key.t, key.id);
      after = `AND (a.created_at, a.id) > ($2::timestamptz, $3::uuid)`;
    }
    const rows = await this.db.query<AppealRow[]>(
      `SELECT ${COLUMNS} FROM credit_appeals a WHERE a.status = $1 ${after}
        ORDER BY a.created_at, a.id LIMIT ${q.limit + 1}`,
      params,
    );
    return toPage(rows, q.limit, toView, (r) => ({ t: r.t, id: r.id }));
  }
}

function notFound(): AppException {
  return new AppException(ErrorCode.NOT_FOUND, {
    message: { zh: '申诉不存在', en: 'No such appeal' },
  });
}

const iso = (d: Date | null) => (d ? toShanghaiIso(new Date(d)) : null);

function toView(r: AppealRow): AppealView {
  return {
    id: r.id,
    userId: r.user_id,
    blacklistEntryId: r.blacklist_entry_id,
    creditEventId: r.credit_event_id,
    text: r.text,
    status: r.status,
    decidedAt: iso(r.decided_at),
    decisionReason: r.decision_reason,
    createdAt: toShanghaiIso(new Date(r.created_at)),
  };
}
