import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '@app/accounts';
import { AppException, Clock, decodeCursor, Page, toPage } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { AuditService } from '../audit.service';
import { findUser } from '../credit-users';
import {
  BlacklistEntryRow,
  BLACKLIST_COLUMNS,
  toBlacklistView,
  type BlacklistEntryView,
} from './blacklist.view';
import { isActive } from './blacklist-rules';
import type { AddBlacklistDto, ListBlacklistQueryDto } from './blacklist.dto';

/**
 * 联合惩戒: the blacklist admins keep. An entry is active until it is lifted or its
 * `until` passes (judged by the Clock); matching reads active entries in the candidate
 * facts, so an expired or lifted entry stops blocking at once, with no job to run.
 */
@Injectable()
export class BlacklistService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async add(admin: AuthUser, dto: AddBlacklistDto): Promise<BlacklistEntryView> {
    const user = await findUser(this.db, dto);
    const now = this.clock.now();
    const until = dto.until ? new Date(dto.until) : null;
    if (until && until.getTime() <= now.getTime()) {
      throw AppException.forField(ErrorCode.VALIDATION_FAILED, 'until', {
        zh: '截止时间须晚于现在',
        en: 'until must be in the future',
      });
    }
    const id = await this.db.transaction(async (tx) => {
      const [row] = await tx.query<{ id: string }[]>(
        `INSERT INTO blacklist_entries (user_id, reason, evidence, until, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [user.id, dto.reason.trim(), dto.evidence?.trim() ?? '', until, admin.id, now],
      );
      await this.audit.record(tx, {
        actorId: admin.id,
        action: 'blacklist.add',
        subjectType: 'blacklist',
        subjectId: row!.id,
        userId: user.id,
        detail: { reason: dto.reason.trim(), until: until?.toISOString() ?? null },
      });
      return row!.id;
    });
    return this.get(id);
  }

  /** Lifts an active entry early (an admin's decision or an upheld appeal). */
  async lift(admin: AuthUser, id: string, reason: string): Promise<BlacklistEntryView> {
    await this.db.transaction((tx) => this.liftIn(tx, admin.id, id, reason, 'blacklist.lift'));
    return this.get(id);
  }

  async liftIn(
    tx: EntityManager,
    adminId: string,
    id: string,
    reason: string,
    action: string,
  ): Promise<void> {
    const entry = await this.lockEntry(tx, id);
    if (!isActive(toRule(entry), this.clock.now())) {
      throw new AppException(ErrorCode.BLACKLIST_ENTRY_CLOSED);
    }
    await tx.query(
      `UPDATE blacklist_entries SET lifted_at = $2, lifted_by = $3, lift_reason = $4 WHERE id = $1`,
      [id, this.clock.now(), adminId, reason.trim()],
    );
    await this.audit.record(tx, {
      actorId: adminId,
      action,
      subjectType: 'blacklist',
      subjectId: id,
      userId: entry.user_id,
      detail: { reason: reason.trim() },
    });
  }

  async lockEntry(tx: EntityManager, id: string): Promise<BlacklistEntryRow> {
    if (!isUUID(id)) throw notFound();
    const [row] = await tx.query<BlacklistEntryRow[]>(
      `SELECT ${BLACKLIST_COLUMNS} FROM blacklist_entries b JOIN users u ON u.id = b.user_id
        WHERE b.id = $1 FOR UPDATE OF b`,
      [id],
    );
    if (!row) throw notFound();
    return row;
  }

  async get(id: string): Promise<BlacklistEntryView> {
    if (!isUUID(id)) throw notFound();
    const [row] = await this.db.query<BlacklistEntryRow[]>(
      `SELECT ${BLACKLIST_COLUMNS} FROM blacklist_entries b JOIN users u ON u.id = b.user_id WHERE b.id = $1`,
      [id],
    );
    if (!row) throw notFound();
    return toBlacklistView(row, this.clock.now(), true);
  }

  /** Newest first; `active=true` keeps only entries in force now. Phones in full (admins). */
  async list(q: ListBlacklistQueryDto): Promise<Page<BlacklistEntryView>> {
    const now = this.clock.now();
    const params: unknown[] = [q.active ?? false, now, q.userId ?? null];
    let after = '';
    if (q.cursor !== undefined) {
      const key = decodeCursor<{ t: string; id: string }>(q.cursor, { t: 'string', id: 'string' });
      if (!isUUID(key.id)) throw new AppException(ErrorCode.INVALID_CURSOR);
      params.push(key.t, key.id);
      after = `AND (b.created_at, b.id) < ($4::timestamptz, $5::uuid)`;
    }
    const rows = await this.db.query<(BlacklistEntryRow & { t: string })[]>(
      `SELECT ${BLACKLIST_COLUMNS}, b.created_at::text AS t
         FROM blacklist_entries b JOIN users u ON u.id = b.user_id
        WHERE (NOT $1::boolean OR (b.lifted_at IS NULL AND (b.until IS NULL OR b.until > $2)))
          AND ($3::uuid IS NULL OR b.user_id = $3) ${after}
        ORDER BY b.created_at DESC, b.id DESC LIMIT ${q.limit + 1}`,
      params,
    );
    return toPage(
      rows,
      q.limit,
      (r) => toBlacklistView(r, now, true),
      (r) => ({ t: r.t, id: r.id }),
    );
  }

  /** A user's own entries (all, newest first): what GET /credit/me shows. */
  async ofUser(userId: string): Promise<BlacklistEntryView[]> {
    const rows = await this.db.query<BlacklistEntryRow[]>(
      `SELECT ${BLACKLIST_COLUMNS} FROM blacklist_entries b JOIN users u ON u.id = b.user_id
        WHERE b.user_id = $1 ORDER BY b.created_at DESC LIMIT 50`,
      [userId],
    );
    return rows.map((r) => toBlacklistView(r, this.clock.now(), false));
  }
}

const toRule = (r: BlacklistEntryRow) => ({ until: r.until, liftedAt: r.lifted_at });

function notFound(): AppException {
  return new AppException(ErrorCode.NOT_FOUND, {
    message: { zh: '限制记录不存在', en: 'No such blacklist entry' },
  });
}
