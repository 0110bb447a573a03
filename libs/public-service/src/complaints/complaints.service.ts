import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
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
import { AuditService } from '@app/credit';
import { CreditService } from '@app/credit';
import {
  ComplaintStatus,
  CREDIT_KIND_FOR,
  isDecided,
  mayComplainAbout,
  statusAfterNote,
  type ComplaintKind,
} from './complaint-rules';
import type {
  ComplaintNoteDto,
  DecideComplaintDto,
  FileComplaintDto,
  ListComplaintsQueryDto,
} from './complaint.dto';
import {
  COMPLAINT_COLUMNS,
  COMPLAINT_FROM,
  ComplaintRow,
  toComplaintView,
  type ComplaintView,
} from './complaint.view';

/**
 * Complaints 投诉 (clause 十五). The worker files against an assignment of theirs; staff
 * add notes and decide; an upheld complaint writes the employer's credit event in the
 * same transaction. Every staff action is in the audit trail.
 */
@Injectable()
export class ComplaintsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly credit: CreditService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async file(worker: AuthUser, dto: FileComplaintDto): Promise<ComplaintView> {
    // One transaction with a retried request's key; the answer is read inside it.
    return idempotentTransaction(this.db, async (tx) => {
      const [a] = await tx.query<
        { worker_id: string; status: string; shift_id: string; employer_id: string }[]
      >(
        `SELECT a.worker_id, a.status, a.shift_id, s.employer_id
         FROM assignments a JOIN shifts s ON s.id = a.shift_id WHERE a.id = $1`,
        [dto.assignmentId],
      );
      if (!a || a.worker_id !== worker.id || !mayComplainAbout(a.status)) {
        throw AppException.forField(ErrorCode.COMPLAINT_NOT_ALLOWED, 'assignmentId', {
          zh: '只能针对本人已确认的用工记录投诉',
          en: 'not one of your confirmed assignments',
        });
      }
      const now = this.clock.now();
      const rows = await tx.query<{ id: string }[]>(
        `INSERT INTO complaints (worker_id, employer_id, assignment_id, shift_id, kind, text, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
       ON CONFLICT (assignment_id, kind) DO NOTHING RETURNING id`,
        [worker.id, a.employer_id, dto.assignmentId, a.shift_id, dto.kind, dto.text.trim(), now],
      );
      if (rows.length === 0) throw new AppException(ErrorCode.COMPLAINT_NOT_ALLOWED);
      return this.one(rows[0]!.id, 'worker', tx);
    });
  }

  /** A worker's own complaints, or the complaints against an employer (no worker phone). */
  async mine(user: AuthUser, q: ListComplaintsQueryDto): Promise<Page<ComplaintView>> {
    const column = user.role === 'employer' ? 'c.employer_id' : 'c.worker_id';
    const audience = user.role === 'employer' ? 'employer' : 'worker';
    return this.page(`${column} = $1`, [user.id], q, audience, 'DESC');
  }

  /** The staff queue: open and investigating by default, oldest first. */
  async queue(q: ListComplaintsQueryDto): Promise<Page<ComplaintView>> {
    const statuses = q.status ? [q.status] : ['open', 'investigating'];
    return this.page(`c.status = ANY($1::text[])`, [statuses], q, 'staff', 'ASC');
  }

  async staffView(id: string): Promise<ComplaintView> {
    return this.one(id, 'staff');
  }

  async note(staff: AuthUser, id: string, dto: ComplaintNoteDto): Promise<ComplaintView> {
    await this.db.transaction(async (tx) => {
      const c = await this.lock(tx, id);
      if (isDecided(c.status)) throw new AppException(ErrorCode.COMPLAINT_DECIDED);
      const now = this.clock.now();
      await tx.query(
        `INSERT INTO complaint_notes (complaint_id, author_id, text, created_at) VALUES ($1, $2, $3, $4)`,
        [id, staff.id, dto.text.trim(), now],
      );
      await tx.query(`UPDATE complaints SET status = $2, updated_at = $3 WHERE id = $1`, [
        id,
        statusAfterNote(c.status),
        now,
      ]);
      await this.audit.record(tx, {
        actorId: staff.id,
        action: 'complaint.note',
        subjectType: 'complaint',
        subjectId: id,
        userId: c.employer_id,
        detail: { text: dto.text.trim() },
      });
    });
    return this.one(id, 'staff');
  }

  async decide(staff: AuthUser, id: string, dto: DecideComplaintDto): Promise<ComplaintView> {
    await this.db.transaction(async (tx) => {
      const c = await this.lock(tx, id);
      if (isDecided(c.status)) throw new AppException(ErrorCode.COMPLAINT_DECIDED);
      const now = this.clock.now();
      const reason = dto.reason.trim();
      await tx.query(
        `UPDATE complaints SET status = $2, decided_by = $3, decided_at = $4, decision_reason = $5,
                updated_at = $4 WHERE id = $1`,
        [id, dto.decision, staff.id, now, reason],
      );
      if (dto.decision === 'upheld') {
        await this.credit.record(tx, {
          userId: c.employer_id,
          kind: CREDIT_KIND_FOR[c.kind],
          assignmentId: c.assignment_id,
          note: `complaint ${id}`,
          createdBy: staff.id,
        });
      }
      await this.audit.record(tx, {
        actorId: staff.id,
        action: `complaint.${dto.decision}`,
        subjectType: 'complaint',
        subjectId: id,
        userId: c.employer_id,
        detail: { reason, kind: c.kind },
      });
    });
    return this.one(id, 'staff');
  }

  private async lock(
    tx: { query: DataSource['query'] },
    id: string,
  ): Promise<{
    status: ComplaintStatus;
    employer_id: string;
    assignment_id: string;
    kind: ComplaintKind;
  }> {
    const [c] = await tx.query(
      `SELECT status, employer_id, assignment_id, kind FROM complaints WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!c) throw notFound();
    return c;
  }

  private async one(
    id: string,
    audience: 'worker' | 'staff',
    db: DataSource | EntityManager = this.db,
  ): Promise<ComplaintView> {
    if (!isUUID(id)) throw notFound();
    const [row] = await db.query<ComplaintRow[]>(
      `SELECT ${COMPLAINT_COLUMNS} FROM ${COMPLAINT_FROM} WHERE c.id = $1`,
      [id],
    );
    if (!row) throw notFound();
    const view = toComplaintView(row, audience);
    if (audience === 'staff') {
      const notes = await db.query<{ text: string; created_at: Date }[]>(
        `SELECT text, created_at FROM complaint_notes WHERE complaint_id = $1 ORDER BY created_at, id`,
        [id],
      );
      view.notes = notes.map((n) => ({ text: n.text, at: toShanghaiIso(new Date(n.created_at)) }));
    }
    return view;
  }

  private async page(
    where: string,
    params: unknown[],
    q: ListComplaintsQueryDto,
    audience: 'worker' | 'employer' | 'staff',
    order: 'ASC' | 'DESC',
  ): Promise<Page<ComplaintView>> {
    const args = [...params];
    let clause = where;
    if (q.status && audience !== 'staff') {
      args.push(q.status);
      clause += ` AND c.status = $${args.length}`;
    }
    if (q.cursor !== undefined) {
      const key = decodeCursor<{ t: string; id: string }>(q.cursor, { t: 'string', id: 'string' });
      if (!isUUID(key.id)) throw new AppException(ErrorCode.INVALID_CURSOR);
      args.push(key.t, key.id);
      const cmp = order === 'ASC' ? '>' : '<';
      clause += ` AND (c.created_at, c.id) ${cmp} ($${args.length - 1}::timestamptz, $${args.length}::uuid)`;
    }
    const rows = await this.db.query<ComplaintRow[]>(
      `SELECT ${COMPLAINT_COLUMNS} FROM ${COMPLAINT_FROM} WHERE ${clause}
        ORDER BY c.created_at ${order}, c.id ${order} LIMIT ${q.limit + 1}`,
      args,
    );
    return toPage(
      rows,
      q.limit,
      (r) => toComplaintView(r, audience),
      (r) => ({ t: r.t, id: r.id }),
    );
  }
}

function notFound(): AppException {
  return new AppException(ErrorCode.NOT_FOUND, {
    message: { zh: '投诉不存在', en: 'No such complaint' },
  });
}
