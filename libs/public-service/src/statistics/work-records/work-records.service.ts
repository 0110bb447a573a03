import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppException, Clock, decodeCursor, idempotentTransaction, toPage } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { WORK_RECORD_COMMITMENT } from './work-record-commitment';
import type {
  ConfirmWorkRecordsDto,
  DisputeWorkRecordDto,
  ListWorkRecordsQueryDto,
} from './work-record.dto';
import {
  type ConfirmWorkRecordsResultView,
  toWorkRecordView,
  type WorkRecordCountsView,
  type WorkRecordListView,
  type WorkRecordRow,
  type WorkRecordView,
} from './work-record.view';
import {
  CONFIRM_SQL,
  COUNTS_SQL,
  HOURS_DISPUTE_OPEN,
  IS_RECORD,
  RECORDS_SQL,
  STATUS_SQL,
} from './work-records.sql';

const NOT_FOUND = {
  zh: '没有这条工作记录',
  en: 'No such work record of yours',
};

/**
 * A worker's work records and their confirmation (承诺制, clause 三). Only the
 * worker's own completed assignments are records; another worker's id is simply
 * not found. Confirming and flagging run under a per-worker lock, so a flag and a
 * "confirm all" tapped at the same moment are applied one after the other.
 */
@Injectable()
export class WorkRecordsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(workerId: string, q: ListWorkRecordsQueryDto): Promise<WorkRecordListView> {
    const params: unknown[] = [workerId];
    let sql = RECORDS_SQL;
    if (q.status) sql += ` AND ${STATUS_SQL[q.status]}`;
    if (q.cursor) {
      const key = decodeCursor<{ t: string; id: string }>(q.cursor, { t: 'string', id: 'string' });
      params.push(key.t, key.id);
      sql += ` AND (a.check_out_at, a.id) < ($2::timestamptz, $3::uuid)`;
    }
    params.push(q.limit + 1);
    sql += ` ORDER BY a.check_out_at DESC, a.id DESC LIMIT $${params.length}`;
    const rows = await this.db.query<WorkRecordRow[]>(sql, params);
    const page = toPage(rows, q.limit, toWorkRecordView, (r) => ({ t: r.sort_at, id: r.id }));
    return { ...page, counts: await this.counts(this.db.manager, workerId) };
  }

  /** Confirms the listed records, or every unconfirmed one not flagged as wrong. */
  async confirm(
    workerId: string,
    dto: ConfirmWorkRecordsDto,
  ): Promise<ConfirmWorkRecordsResultView> {
    this.assertCurrentVersion(dto.textVersion);
    // One transaction with a retried request's key.
    return idempotentTransaction(this.db, async (tx) => {
      const confirmed = await this.confirmIn(tx, workerId, dto);
      return { confirmed, counts: await this.counts(tx, workerId) };
    });
  }

  async confirmOne(workerId: string, id: string, textVersion: string): Promise<WorkRecordView> {
    this.assertCurrentVersion(textVersion);
    // One transaction with a retried request's key; the answer is read inside it.
    return idempotentTransaction(this.db, async (tx) => {
      await this.confirmIn(tx, workerId, { textVersion, assignmentIds: [id] });
      return this.one(workerId, id, tx);
    });
  }

  /** Confirms the worker's records (all unconfirmed, or the listed ones); returns how many. */
  private async confirmIn(
    tx: EntityManager,
    workerId: string,
    dto: ConfirmWorkRecordsDto,
  ): Promise<number> {
    await this.lockWorker(tx, workerId);
    const ids = dto.assignmentIds ? [...new Set(dto.assignmentIds)] : null;
    if (ids && (await this.assertOwn(tx, workerId, ids))) {
      throw new AppException(ErrorCode.HOURS_DISPUTE_OPEN, {
        message: {
          zh: '雇主对该记录的工时有异议，请先在派工详情中处理',
          en: 'The employer disputes the hours of this record; settle that on the assignment first',
        },
      });
    }
    const inserted = await tx.query<unknown[]>(CONFIRM_SQL, [
      workerId,
      dto.textVersion,
      this.clock.now(),
      ids,
    ]);
    return inserted.length;
  }

  /** "This record is wrong": not counted until the worker confirms it after all. */
  async dispute(workerId: string, id: string, dto: DisputeWorkRecordDto): Promise<WorkRecordView> {
    // One transaction with a retried request's key; the answer is read inside it.
    return idempotentTransaction(this.db, async (tx) => {
      await this.lockWorker(tx, workerId);
      await this.assertOwn(tx, workerId, [id]);
      const [confirmed] = await tx.query<unknown[]>(
        `SELECT 1 FROM work_record_confirmations WHERE assignment_id = $1`,
        [id],
      );
      if (confirmed) throw new AppException(ErrorCode.WORK_RECORD_CONFIRMED);
      await tx.query(
        `INSERT INTO work_record_disputes (assignment_id, worker_id, note, created_at)
         VALUES ($1, $2, $3, $4)`,
        [id, workerId, dto.note.trim(), this.clock.now()],
      );
      return this.one(workerId, id, tx);
    });
  }

  private async one(workerId: string, id: string, tx: EntityManager): Promise<WorkRecordView> {
    const [row] = await tx.query<WorkRecordRow[]>(`${RECORDS_SQL} AND a.id = $2`, [workerId, id]);
    if (!row) throw new AppException(ErrorCode.NOT_FOUND, { message: NOT_FOUND });
    return toWorkRecordView(row);
  }

  private assertCurrentVersion(version: string): void {
    if (version !== WORK_RECORD_COMMITMENT.version) {
      throw AppException.forField(ErrorCode.VALIDATION_FAILED, 'textVersion', {
        zh: '承诺书已更新，请阅读最新版本后再确认',
        en: `the commitment text has changed; read version ${WORK_RECORD_COMMITMENT.version} and confirm again`,
      });
    }
  }

  /**
   * Every id must be one of the worker's own records (404 otherwise, whose ever it is).
   * Returns whether the employer disputes the hours of any of them.
   */
  private async assertOwn(tx: EntityManager, workerId: string, ids: string[]): Promise<boolean> {
    const found = await tx.query<{ id: string; hours_disputed: boolean }[]>(
      `SELECT a.id, ${HOURS_DISPUTE_OPEN} AS hours_disputed FROM assignments a
        WHERE a.id = ANY($2::uuid[]) AND a.worker_id = $1 AND ${IS_RECORD}`,
      [workerId, ids],
    );
    if (found.length !== ids.length) {
      throw new AppException(ErrorCode.NOT_FOUND, { message: NOT_FOUND });
    }
    return found.some((r) => r.hours_disputed);
  }

  private async lockWorker(tx: EntityManager, workerId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('work-records:' || $1, 0))`, [
      workerId,
    ]);
  }

  private async counts(m: EntityManager, workerId: string): Promise<WorkRecordCountsView> {
    const [row] = await m.query<WorkRecordCountsView[]>(COUNTS_SQL, [workerId]);
    return row!;
  }
}
