import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Walk-in registration on an existing account: each consent row records how the person
 * proved the account is theirs (a new account needs no proof; otherwise the SMS code or
 * the ID number on file) and which profile fields the desk filled (only empty ones).
 * Rows before this were not verified: they read 'unverified'.
 */
export class WalkInVerification1764303500100 implements MigrationInterface {
  name = 'WalkInVerification1764303500100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE walk_in_consents
        ADD COLUMN verified_by varchar(12) NOT NULL DEFAULT 'unverified'
          CHECK (verified_by IN ('unverified', 'new_account', 'sms_code', 'id_number')),
        ADD COLUMN filled_fields text[] NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE walk_in_consents DROP COLUMN filled_fields, DROP COLUMN verified_by`,
    );
  }
}
