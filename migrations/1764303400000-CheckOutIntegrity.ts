import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Check-out integrity (issue 13, items 10 and 12).
 *
 * - assignments.figures_confirmed_by / figures_confirmed_at: who confirmed the hours and
 *   pay shown at check-out (the worker, or the employer checking a worker out), and when.
 * - hours_disputes: the shift's employer disputes the recorded hours within
 *   HOURS_DISPUTE_HOURS of the check-out, once per assignment. Both figures are kept;
 *   the worker accepts the employer's figure (the assignment takes it) or rejects it
 *   (the recorded figure stands; an unpaid difference is a wage complaint).
 * - commitments_grab_idx: a grab asks "has this worker accepted the current grab
 *   commitment?" — one index probe on the hot path.
 */
export class CheckOutIntegrity1764303400000 implements MigrationInterface {
  name = 'CheckOutIntegrity1764303400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE assignments
        ADD COLUMN figures_confirmed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD COLUMN figures_confirmed_at timestamptz`);
    await q.query(`
      CREATE TABLE hours_disputes (
        assignment_id uuid PRIMARY KEY REFERENCES assignments(id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        recorded_minutes int NOT NULL CHECK (recorded_minutes >= 0),
        recorded_pay_fen int NOT NULL CHECK (recorded_pay_fen >= 0),
        claimed_minutes int NOT NULL CHECK (claimed_minutes >= 0),
        claimed_pay_fen int NOT NULL CHECK (claimed_pay_fen >= 0),
        reason varchar(200) NOT NULL CHECK (length(btrim(reason)) > 0),
        status varchar(10) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected')),
        created_at timestamptz NOT NULL,
        resolved_at timestamptz,
        CHECK ((status = 'open') = (resolved_at IS NULL))
      )`);
    await q.query(
      `CREATE INDEX commitments_grab_idx ON commitments (user_id, version) WHERE kind = 'grab'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX commitments_grab_idx`);
    await q.query(`DROP TABLE hours_disputes`);
    await q.query(`
      ALTER TABLE assignments DROP COLUMN figures_confirmed_at, DROP COLUMN figures_confirmed_by`);
  }
}
