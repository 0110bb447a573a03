import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extensions the schema relies on: earthdistance (on cube) for indexed "near"
 * searches, btree_gist for exclusion constraints on time ranges, pgcrypto for
 * gen_random_uuid() on servers older than 13.
 */
export class Extensions1764300000000 implements MigrationInterface {
  name = 'Extensions1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS cube`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS earthdistance`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP EXTENSION IF EXISTS pgcrypto`);
    await q.query(`DROP EXTENSION IF EXISTS btree_gist`);
    await q.query(`DROP EXTENSION IF EXISTS earthdistance`);
    await q.query(`DROP EXTENSION IF EXISTS cube`);
  }
}
