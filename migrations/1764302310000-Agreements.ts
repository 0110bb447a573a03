import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written agreements 书面协议 for part-time work (clause 十四): one per confirmed
 * assignment. `content` is the agreement as produced (parties, work, time, pay,
 * place, terms) and is never updated, so later edits of profiles or shifts do not
 * change what both sides accepted. Each side's acceptance is stored with its time.
 */
export class Agreements1764302310000 implements MigrationInterface {
  name = 'Agreements1764302310000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agreements (
        assignment_id uuid PRIMARY KEY REFERENCES assignments(id) ON DELETE CASCADE,
        worker_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        terms_version varchar(20) NOT NULL,
        content jsonb NOT NULL CHECK (jsonb_typeof(content) = 'object'),
        created_at timestamptz NOT NULL DEFAULT now(),
        worker_accepted_at timestamptz,
        employer_accepted_at timestamptz
      )`);
    await q.query(`CREATE INDEX agreements_worker_idx ON agreements (worker_id)`);
    await q.query(`CREATE INDEX agreements_employer_idx ON agreements (employer_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE agreements`);
  }
}
