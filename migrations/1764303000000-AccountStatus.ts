import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An account's status, read on every authenticated request (through a short cache)
 * instead of trusting the access token: an admin can suspend an account (stolen phone,
 * fraud, a staff member who left) and every token and socket of it stops within
 * seconds; reinstating it lets the person sign in again. Who changed it last, when and
 * why is kept on the row (and in the log).
 */
export class AccountStatus1764303000000 implements MigrationInterface {
  name = 'AccountStatus1764303000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN status text NOT NULL DEFAULT 'active'
          CHECK (status IN ('active', 'suspended')),
        ADD COLUMN status_reason text,
        ADD COLUMN status_changed_at timestamptz,
        ADD COLUMN status_changed_by uuid REFERENCES users(id) ON DELETE SET NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        DROP COLUMN status_changed_by,
        DROP COLUMN status_changed_at,
        DROP COLUMN status_reason,
        DROP COLUMN status`);
  }
}
