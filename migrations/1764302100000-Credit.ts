import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Credit (clause 十八 告知承诺-信用管理-联合惩戒) and complaints (clause 十五).
 * - commitments: every 告知承诺 a user made (sign-up in a role, posting a shift,
 *   accepting one) with the text and version shown; rows are only added.
 * - credit_events gains the kinds unsafe_work_upheld and the void columns (an upheld
 *   appeal voids an event: it stays in the ledger, marked, and no longer counts), and
 *   users.credit_refreshed_at tells the periodic refresh who is due.
 * - blacklist_entries: 联合惩戒 kept by admins, with reason, evidence, until (null =
 *   indefinite) and an early lift. Matching reads the active ones.
 * - credit_appeals: a user's appeal against a blacklist entry or a credit event.
 * - shift_reviews: shifts of low-credit employers held for review (status pending_review).
 * - complaints + complaint_notes: a worker's report against an assignment's employer.
 * - audit_log: every admin action on credit, blacklist, appeals, reviews and complaints;
 *   rows are only added.
 */
export class Credit1764302100000 implements MigrationInterface {
  name = 'Credit1764302100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE commitments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role varchar(10) NOT NULL,
        kind varchar(12) NOT NULL CHECK (kind IN ('sign_up', 'post_shift', 'accept', 'grab')),
        subject_id uuid,
        version varchar(20) NOT NULL,
        text_zh text NOT NULL,
        text_en text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX commitments_user_idx ON commitments (user_id, created_at DESC)`);
    // One sign-up commitment per user and role: a second login does not sign again.
    await q.query(`CREATE UNIQUE INDEX commitments_sign_up_idx ON commitments (user_id, role)
                   WHERE kind = 'sign_up'`);

    await q.query(`ALTER TABLE credit_events DROP CONSTRAINT IF EXISTS credit_events_kind_check`);
    await q.query(`ALTER TABLE credit_events ADD CONSTRAINT credit_events_kind_check CHECK (kind IN
      ('completed', 'good_rating', 'no_show', 'late_cancel', 'wage_complaint_upheld',
       'unsafe_work_upheld', 'false_information'))`);
    await q.query(`ALTER TABLE credit_events ADD COLUMN voided_at timestamptz,
                   ADD COLUMN void_reason varchar(200), ADD COLUMN created_by uuid REFERENCES users(id)`);
    await q.query(`ALTER TABLE users ADD COLUMN credit_refreshed_at timestamptz`);

    await q.query(`
      CREATE TABLE blacklist_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        reason varchar(200) NOT NULL CHECK (length(reason) > 0),
        evidence varchar(2000) NOT NULL DEFAULT '',
        until timestamptz,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        lifted_at timestamptz,
        lifted_by uuid REFERENCES users(id),
        lift_reason varchar(200),
        CHECK (until IS NULL OR until > created_at)
      )`);
    await q.query(`CREATE INDEX blacklist_entries_user_idx ON blacklist_entries (user_id)
                   WHERE lifted_at IS NULL`);
    await q.query(
      `CREATE INDEX blacklist_entries_created_idx ON blacklist_entries (created_at DESC, id)`,
    );

    await q.query(`
      CREATE TABLE credit_appeals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        blacklist_entry_id uuid REFERENCES blacklist_entries(id) ON DELETE CASCADE,
        credit_event_id uuid REFERENCES credit_events(id) ON DELETE CASCADE,
        text varchar(2000) NOT NULL CHECK (length(text) > 0),
        status varchar(10) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'upheld', 'dismissed')),
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        decision_reason varchar(500),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((blacklist_entry_id IS NULL) <> (credit_event_id IS NULL))
      )`);
    await q.query(
      `CREATE INDEX credit_appeals_status_idx ON credit_appeals (status, created_at, id)`,
    );
    await q.query(
      `CREATE INDEX credit_appeals_user_idx ON credit_appeals (user_id, created_at DESC)`,
    );
    // One open appeal per record at a time.
    await q.query(`CREATE UNIQUE INDEX credit_appeals_open_idx
                   ON credit_appeals (COALESCE(blacklist_entry_id, credit_event_id)) WHERE status = 'open'`);

    await q.query(`ALTER TABLE shifts DROP CONSTRAINT IF EXISTS shifts_status_check`);
    await q.query(`ALTER TABLE shifts ALTER COLUMN status TYPE varchar(16)`);
    await q.query(`ALTER TABLE shifts ADD CONSTRAINT shifts_status_check CHECK (status IN
      ('pending_review', 'open', 'filled', 'in_progress', 'completed', 'cancelled', 'expired'))`);
    await q.query(`
      CREATE TABLE shift_reviews (
        shift_id uuid PRIMARY KEY REFERENCES shifts(id) ON DELETE CASCADE,
        employer_score int NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
        reason varchar(500),
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX shift_reviews_status_idx ON shift_reviews (status, created_at, shift_id)`,
    );

    await q.query(`
      CREATE TABLE complaints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        worker_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        assignment_id uuid NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
        shift_id uuid NOT NULL REFERENCES shifts(id) ON DELETE CASCADE,
        kind varchar(12) NOT NULL CHECK (kind IN ('unpaid_wages', 'unsafe_work')),
        text varchar(2000) NOT NULL CHECK (length(text) > 0),
        status varchar(14) NOT NULL DEFAULT 'open'
          CHECK (status IN ('open', 'investigating', 'upheld', 'dismissed')),
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        decision_reason varchar(500),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (assignment_id, kind)
      )`);
    await q.query(`CREATE INDEX complaints_status_idx ON complaints (status, created_at, id)`);
    await q.query(`CREATE INDEX complaints_worker_idx ON complaints (worker_id, created_at DESC)`);
    await q.query(
      `CREATE INDEX complaints_employer_idx ON complaints (employer_id, created_at DESC)`,
    );
    await q.query(`
      CREATE TABLE complaint_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        complaint_id uuid NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id),
        text varchar(2000) NOT NULL CHECK (length(text) > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX complaint_notes_complaint_idx ON complaint_notes (complaint_id, created_at)`,
    );

    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        actor_id uuid NOT NULL REFERENCES users(id),
        action varchar(40) NOT NULL,
        subject_type varchar(20) NOT NULL,
        subject_id uuid NOT NULL,
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        detail jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_log_created_idx ON audit_log (id DESC)`);
    await q.query(`CREATE INDEX audit_log_user_idx ON audit_log (user_id, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP TABLE complaint_notes`);
    await q.query(`DROP TABLE complaints`);
    await q.query(`DROP TABLE shift_reviews`);
    await q.query(`UPDATE shifts SET status = 'cancelled' WHERE status = 'pending_review'`);
    await q.query(`ALTER TABLE shifts DROP CONSTRAINT shifts_status_check`);
    await q.query(`ALTER TABLE shifts ALTER COLUMN status TYPE varchar(12)`);
    await q.query(`ALTER TABLE shifts ADD CONSTRAINT shifts_status_check CHECK (status IN
      ('open', 'filled', 'in_progress', 'completed', 'cancelled', 'expired'))`);
    await q.query(`DROP TABLE credit_appeals`);
    await q.query(`DROP TABLE blacklist_entries`);
    await q.query(`ALTER TABLE users DROP COLUMN credit_refreshed_at`);
    await q.query(`ALTER TABLE credit_events DROP COLUMN voided_at, DROP COLUMN void_reason,
                   DROP COLUMN created_by`);
    await q.query(`DELETE FROM credit_events WHERE kind = 'unsafe_work_upheld'`);
    await q.query(`ALTER TABLE credit_events DROP CONSTRAINT credit_events_kind_check`);
    await q.query(`ALTER TABLE credit_events ADD CONSTRAINT credit_events_kind_check CHECK (kind IN
      ('completed', 'good_rating', 'no_show', 'late_cancel', 'wage_complaint_upheld', 'false_information'))`);
    await q.query(`DROP TABLE commitments`);
  }
}
