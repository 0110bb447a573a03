import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '@app/accounts';
import { AppException, Clock, decodeCursor, idempotentTransaction, toPage } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { shanghaiDate, TradesService } from '@app/listings';
import { REGISTRATION_COMMITMENT } from './registration-commitment';
import { editOutcome, registrationNumber, type RegistrationStatus } from './registration-rules';
import {
  REGISTRATION_COLUMNS,
  type RegistrationEventRow,
  type RegistrationRow,
  toEventView,
  toRegistrationView,
} from './registration.sql';
import type { ListRegistrationsQueryDto, RegistrationBodyDto } from './registration.dto';
import type { RegistrationListView, RegistrationView } from './registration.view';
import { WorkingCalendarService } from './working-calendar.service';

/** The fields a worker fills in, column by column (for the "changed" history). */
const FIELDS: [keyof RegistrationBodyDto, keyof RegistrationRow][] = [
  ['name', 'name'],
  ['idNumber', 'id_number'],
  ['phone', 'phone'],
  ['district', 'district'],
  ['address', 'address'],
  ['employmentForm', 'employment_form'],
  ['trades', 'trades'],
  ['workDescription', 'work_description'],
  ['startedOn', 'started_on'],
];

/**
 * Flexible-employment registration 灵活就业登记 (clause 六): the worker's side (submit,
 * change, resubmit) and the staff's (list, accept, return). Every step adds a row
 * to the history in the same transaction as the change it records.
 */
@Injectable()
export class RegistrationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly calendar: WorkingCalendarService,
    private readonly trades: TradesService,
    private readonly clock: Clock,
  ) {}

  async submit(worker: AuthUser, dto: RegistrationBodyDto): Promise<RegistrationView> {
    await this.check(dto);
    const now = this.clock.now();
    const today = shanghaiDate(now);
    // One transaction with a retried request's key; the answer is read inside it.
    return idempotentTransaction(this.db, async (m) => {
      const due = await this.calendar.dueDate(today, m);
      const [seq] = await m.query<{ n: string }[]>(
        `SELECT nextval('flexible_registration_number_seq') AS n`,
      );
      const inserted = await m.query<{ id: string }[]>(
        `INSERT INTO flexible_registrations (number, worker_id, status, name, id_number, phone,
           district, address, employment_form, trades, work_description, started_on,
           commitment_version, committed_at, submitted_at, due_on, created_at, updated_at)
         VALUES ($1, $2, 'pending', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $14, $13, $13)
         ON CONFLICT (worker_id) DO NOTHING RETURNING id`,
        [
          registrationNumber(Number(today.slice(0, 4)), Number(seq!.n)),
          worker.id,
          ...this.values(dto),
          dto.commitment.version,
          now,
          due.dueOn,
        ],
      );
      if (!inserted[0]) {
        throw new AppException(ErrorCode.REGISTRATION_EXISTS);
      }
      await this.record(m, inserted[0].id, 'submitted', worker, { dueOn: due.dueOn, at: now });
      return this.detail(inserted[0].id, false, m);
    });
  }

  /** Change, resubmit after a return, or change an accepted registration (editOutcome). */
  async edit(worker: AuthUser, dto: RegistrationBodyDto): Promise<RegistrationView> {
    await this.check(dto);
    const now = this.clock.now();
    const id = await this.db.transaction(async (m) => {
      const [row] = await m.query<RegistrationRow[]>(
        `SELECT ${REGISTRATION_COLUMNS} FROM flexible_registrations r WHERE r.worker_id = $1 FOR UPDATE`,
        [worker.id],
      );
      if (!row) throw this.notFound();
      const outcome = editOutcome(row.status as RegistrationStatus);
      const changed = FIELDS.filter(
        ([field, column]) =>
          JSON.stringify(dto[field] ?? null) !== JSON.stringify(row[column] ?? null),
      ).map(([field]) => field);
      const due = outcome.newDueDate
        ? (await this.calendar.dueDate(shanghaiDate(now), m)).dueOn
        : row.due_on;
      await m.query(
        `UPDATE flexible_registrations SET name = $2, id_number = $3, phone = $4, district = $5,
           address = $6, employment_form = $7, trades = $8, work_description = $9, started_on = $10,
           commitment_version = $11, committed_at = $12, updated_at = $12, status = 'pending',
           submitted_at = CASE WHEN $14::boolean THEN $12 ELSE submitted_at END, due_on = $13,
           return_reason = CASE WHEN $14::boolean THEN NULL ELSE return_reason END
         WHERE id = $1`,
        [row.id, ...this.values(dto), dto.commitment.version, now, due, outcome.newDueDate],
      );
      await this.record(m, row.id, outcome.event, worker, {
        changedFields: changed,
        dueOn: due,
        at: now,
      });
      return row.id;
    });
    return this.detail(id, false);
  }

  async mine(worker: AuthUser): Promise<RegistrationView> {
    const [row] = await this.db.query<{ id: string }[]>(
      `SELECT id FROM flexible_registrations WHERE worker_id = $1`,
      [worker.id],
    );
    if (!row) throw this.notFound();
    return this.detail(row.id, false);
  }

  /** The staff queue, oldest submission first; ID numbers and phones masked. */
  async list(q: ListRegistrationsQueryDto): Promise<RegistrationListView> {
    const today = shanghaiDate(this.clock.now());
    const after = q.cursor
      ? decodeCursor<{ s: string; id: string }>(q.cursor, { s: 'string', id: 'string' })
      : null;
    const rows = await this.db.query<RegistrationRow[]>(
      `SELECT ${REGISTRATION_COLUMNS} FROM flexible_registrations r
        WHERE ($1::text IS NULL OR r.status = $1)
          AND (NOT $2::boolean OR (r.status = 'pending' AND r.due_on < $3::date))
          AND ($4::timestamptz IS NULL OR (r.submitted_at, r.id) > ($4::timestamptz, $5::uuid))
          AND (NOT $7::boolean OR (r.status = 'pending' AND r.due_on IS NULL))
        ORDER BY r.submitted_at, r.id LIMIT $6`,
      [
        q.status ?? null,
        q.overdue === true,
        today,
        after?.s ?? null,
        after?.id ?? null,
        q.limit + 1,
        q.undated === true,
      ],
    );
    return toPage(
      rows,
      q.limit,
      (r) => toRegistrationView(r, today, true),
      (r) => ({ s: new Date(r.submitted_at).toISOString(), id: r.id }),
    );
  }

  /** One registration with its history. `masked` false: the whole ID number (staff detail, owner). */
  async detail(
    id: string,
    masked: boolean,
    db: DataSource | EntityManager = this.db,
  ): Promise<RegistrationView> {
    const [row] = await db.query<RegistrationRow[]>(
      `SELECT ${REGISTRATION_COLUMNS} FROM flexible_registrations r WHERE r.id = $1`,
      [id],
    );
    if (!row) throw this.notFound();
    const events = await db.query<RegistrationEventRow[]>(
      `SELECT kind, actor_id, actor_role, reason, changed_fields, due_on::text AS due_on, at
         FROM flexible_registration_events WHERE registration_id = $1 ORDER BY id`,
      [id],
    );
    return {
      ...toRegistrationView(row, shanghaiDate(this.clock.now()), masked),
      history: events.map(toEventView),
    };
  }

  accept(id: string, staff: AuthUser): Promise<RegistrationView> {
    return this.decide(id, staff, 'accepted', null);
  }

  return(id: string, staff: AuthUser, reason: string): Promise<RegistrationView> {
    return this.decide(id, staff, 'returned', reason);
  }

  /** Accept or return a pending application; a second answer (or a race) gets 409. */
  private async decide(
    id: string,
    staff: AuthUser,
    status: 'accepted' | 'returned',
    reason: string | null,
  ): Promise<RegistrationView> {
    const now = this.clock.now();
    await this.db.transaction(async (m) => {
      // An UPDATE answers [rows, affectedCount] through TypeORM, unlike SELECT and INSERT.
      const [updated]: [{ id: string }[]] = await m.query(
        `UPDATE flexible_registrations SET status = $2, return_reason = $3, decided_by = $4,
           decided_at = $5, updated_at = $5
         WHERE id = $1 AND status = 'pending' RETURNING id`,
        [id, status, reason, staff.id, now],
      );
      if (!updated[0]) {
        const exists = await m.query<unknown[]>(
          `SELECT 1 FROM flexible_registrations WHERE id = $1`,
          [id],
        );
        throw exists.length
          ? new AppException(ErrorCode.REGISTRATION_NOT_PENDING)
          : this.notFound();
      }
      await this.record(m, id, status, staff, { reason, at: now });
    });
    return this.detail(id, false);
  }

  private async check(dto: RegistrationBodyDto): Promise<void> {
    if (dto.commitment.version !== REGISTRATION_COMMITMENT.version) {
      throw AppException.forField(ErrorCode.VALIDATION_FAILED, 'commitment.version', {
        zh: '承诺书已更新，请阅读最新版本后重新勾选',
        en: `the commitment text has changed; read version ${REGISTRATION_COMMITMENT.version} and sign again`,
      });
    }
    await this.trades.assertKnown(dto.trades, (i) => `trades[${i}]`);
  }

  private values(dto: RegistrationBodyDto): unknown[] {
    return [
      dto.name,
      dto.idNumber,
      dto.phone,
      dto.district,
      dto.address,
      dto.employmentForm,
      dto.trades,
      dto.workDescription,
      dto.startedOn ?? null,
    ];
  }

  private async record(
    m: EntityManager,
    registrationId: string,
    kind: string,
    actor: AuthUser,
    e: { reason?: string | null; changedFields?: string[]; dueOn?: string | null; at: Date },
  ): Promise<void> {
    await m.query(
      `INSERT INTO flexible_registration_events
         (registration_id, kind, actor_id, actor_role, reason, changed_fields, commitment_version, due_on, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        registrationId,
        kind,
        actor.id,
        actor.role,
        e.reason ?? null,
        e.changedFields ?? [],
        kind === 'returned' || kind === 'accepted' ? null : REGISTRATION_COMMITMENT.version,
        e.dueOn ?? null,
        e.at,
      ],
    );
  }

  private notFound(): AppException {
    return new AppException(ErrorCode.NOT_FOUND, {
      message: { zh: '尚未办理灵活就业登记', en: 'No such registration' },
    });
  }
}
