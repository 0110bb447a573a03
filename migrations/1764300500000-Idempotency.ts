import { MigrationInterface, QueryRunner } from 'typeorm';

/** Remembered answers to writes sent with an Idempotency-Key (a phone retrying on a weak network). */
export class Idempotency1764300500000 implements MigrationInterface {
  name = 'Idempotency1764300500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_keys (
        scope text NOT NULL,
        key varchar(128) NOT NULL,
        request_hash char(64) NOT NULL,
        response jsonb,
        completed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      )`);
    await q.query(`CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
  }
}
