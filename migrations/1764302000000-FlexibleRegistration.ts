import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The State Council's 2026 public holidays (放假) and make-up working days (调休上班),
 * from 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号, 4 November 2025).
 * 2027's schedule was not yet published when this was written; admins add it through
 * PUT /admin/calendar/:date when it is. Frozen here: later edits go through the API.
 */
const OFFICIAL_2026: [from: string, to: string, kind: 'holiday' | 'workday', name: string][] = [
  ['2026-01-01', '2026-01-03', 'holiday', '元旦'],
  ['2026-01-04', '2026-01-04', 'workday', '元旦调休上班'],
  ['2026-02-14', '2026-02-14', 'workday', '春节调休上班'],
  ['2026-02-15', '2026-02-23', 'holiday', '春节'],
  ['2026-02-28', '2026-02-28', 'workday', '春节调休上班'],
  ['2026-04-04', '2026-04-06', 'holiday', '清明节'],
  ['2026-05-01', '2026-05-05', 'holiday', '劳动节'],
  ['2026-05-09', '2026-05-09', 'workday', '劳动节调休上班'],
  ['2026-06-19', '2026-06-21', 'holiday', '端午节'],
  ['2026-09-20', '2026-09-20', 'workday', '国庆节调休上班'],
  ['2026-09-25', '2026-09-27', 'holiday', '中秋节'],
  ['2026-10-01', '2026-10-07', 'holiday', '国庆节'],
  ['2026-10-10', '2026-10-10', 'workday', '国庆节调休上班'],
];

/**
 * Flexible-employment registration 灵活就业登记 (clause 六) and the working-day calendar.
 * - working_calendar_days: the exceptions to the Monday–Friday week (holiday | workday).
 * - flexible_registrations: one per worker; the current state of their registration,
 *   its number (LG-2026-000123), the signed commitment (承诺制) and the due date.
 * - flexible_registration_events: the history, rows only added (submitted, changed,
 *   returned, resubmitted, accepted), with who, in which role, and when.
 */
export class FlexibleRegistration1764302000000 implements MigrationInterface {
  name = 'FlexibleRegistration1764302000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE working_calendar_days (
        day date PRIMARY KEY,
        kind varchar(10) NOT NULL CHECK (kind IN ('holiday', 'workday')),
        name varchar(40) NOT NULL CHECK (length(name) > 0),
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (const [from, to, kind, name] of OFFICIAL_2026) {
      await q.query(
        `INSERT INTO working_calendar_days (day, kind, name)
         SELECT d::date, $3, $4 FROM generate_series($1::date, $2::date, interval '1 day') d`,
        [from, to, kind, name],
      );
    }

    await q.query(`CREATE SEQUENCE flexible_registration_number_seq`);
    await q.query(`
      CREATE TABLE flexible_registrations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number varchar(20) NOT NULL UNIQUE,
        worker_id uuid NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
        status varchar(10) NOT NULL CHECK (status IN ('pending', 'returned', 'accepted')),
        name varchar(40) NOT NULL,
        id_number varchar(18) NOT NULL,
        phone varchar(20) NOT NULL,
        district varchar(10) NOT NULL,
        address varchar(200) NOT NULL,
        employment_form varchar(20) NOT NULL,
        trades text[] NOT NULL DEFAULT '{}',
        work_description varchar(200) NOT NULL DEFAULT '',
        started_on date,
        commitment_version varchar(20) NOT NULL,
        committed_at timestamptz NOT NULL,
        submitted_at timestamptz NOT NULL,
        due_on date NOT NULL,
        return_reason varchar(500),
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The admin queue: by status, oldest first; the overdue filter reads pending by due date.
    await q.query(
      `CREATE INDEX flexible_registrations_queue_idx ON flexible_registrations (status, submitted_at, id)`,
    );
    await q.query(
      `CREATE INDEX flexible_registrations_due_idx ON flexible_registrations (due_on) WHERE status = 'pending'`,
    );
    await q.query(`
      CREATE TABLE flexible_registration_events (
        id bigserial PRIMARY KEY,
        registration_id uuid NOT NULL REFERENCES flexible_registrations(id) ON DELETE CASCADE,
        kind varchar(12) NOT NULL
          CHECK (kind IN ('submitted', 'changed', 'returned', 'resubmitted', 'accepted')),
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        actor_role varchar(10) NOT NULL,
        reason varchar(500),
        changed_fields text[] NOT NULL DEFAULT '{}',
        commitment_version varchar(20),
        due_on date,
        at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX flexible_registration_events_idx ON flexible_registration_events (registration_id, id)`,
    );
    // History is evidence: it may grow, never change.
    await q.query(`
      CREATE FUNCTION flexible_registration_events_append_only() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'flexible_registration_events rows are never changed';
      END $$`);
    await q.query(`
      CREATE TRIGGER flexible_registration_events_no_update
      BEFORE UPDATE ON flexible_registration_events
      FOR EACH ROW EXECUTE FUNCTION flexible_registration_events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE flexible_registration_events`);
    await q.query(`DROP FUNCTION flexible_registration_events_append_only()`);
    await q.query(`DROP TABLE flexible_registrations`);
    await q.query(`DROP SEQUENCE flexible_registration_number_seq`);
    await q.query(`DROP TABLE working_calendar_days`);
  }
}
