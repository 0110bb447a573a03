import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { AppException, Clock, decodeCursor, Page, toPage } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { toShanghaiIso } from '@app/listings';

export type AuditSubject =
  'credit_event' | 'blacklist' | 'appeal' | 'shift' | 'complaint' | 'calendar_year';

export interface AuditInput {
  actorId: string;
  action: string;
  subjectType: AuditSubject;
  subjectId: string;
  /** Whose record it is (for "everything done to this user"). */
  userId: string | null;
  detail?: Record<string, unknown>;
}

export class AuditEntryView {
  @ApiProperty({ description: 'a bigint, as text' }) id!: string;
  @ApiProperty({ format: 'uuid' }) actorId!: string;
  @ApiProperty() actorPhone!: string;
  @ApiProperty() action!: string;
  @ApiProperty() subjectType!: string;
  @ApiProperty() subjectId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'whose record it is' })
  userId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) detail!: Record<string, unknown>;
  @ApiProperty() at!: string;
}

interface AuditRow {
  id: string;
  actor_id: string;
  actor_phone: string;
  action: string;
  subject_type: string;
  subject_id: string;
  user_id: string | null;
  detail: Record<string, unknown>;
  created_at: Date;
}

/**
 * The audit trail of admin actions on credit, the blacklist, appeals, shift reviews
 * and complaints. Written in the same transaction as the action it records; rows are
 * only ever added.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(tx: EntityManager, a: AuditInput): Promise<void> {
    await tx.query(
      `INSERT INTO audit_log (actor_id, action, subject_type, subject_id, user_id, detail, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [a.actorId, a.action, a.subjectType, a.subjectId, a.userId, a.detail ?? {}, this.clock.now()],
    );
  }

  /** Newest first; optionally only what was done to one user. Admin phones are staff, shown in full. */
  async list(q: {
    userId?: string;
    limit: number;
    cursor?: string;
  }): Promise<Page<AuditEntryView>> {
    const params: unknown[] = [q.userId ?? null];
    let after = '';
    if (q.cursor !== undefined) {
      const { id } = decodeCursor<{ id: string }>(q.cursor, { id: 'string' });
      if (!/^\d+$/.test(id)) throw badCursor();
      params.push(id);
      after = `AND a.id < $2::bigint`;
    }
    const rows = await this.db.query<AuditRow[]>(
      `SELECT a.id::text AS id, a.actor_id, u.phone AS actor_phone, a.action, a.subject_type,
              a.subject_id, a.user_id, a.detail, a.created_at
         FROM audit_log a JOIN users u ON u.id = a.actor_id
        WHERE ($1::uuid IS NULL OR a.user_id = $1) ${after}
        ORDER BY a.id DESC LIMIT ${q.limit + 1}`,
      params,
    );
    return toPage(rows, q.limit, toView, (r) => ({ id: r.id }));
  }
}

function badCursor(): AppException {
  return AppException.forField(ErrorCode.INVALID_CURSOR, 'cursor', {
    zh: '分页游标无效',
    en: 'not a cursor this list gave out',
  });
}

function toView(r: AuditRow): AuditEntryView {
  return {
    id: r.id,
    actorId: r.actor_id,
    actorPhone: r.actor_phone,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    userId: r.user_id,
    detail: r.detail,
    at: toShanghaiIso(new Date(r.created_at)),
  };
}

export const isUuid = (v: unknown): v is string => typeof v === 'string' && isUUID(v);
