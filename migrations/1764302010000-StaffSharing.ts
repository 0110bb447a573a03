import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff sharing 共享用工 (clause 七): an employer with idle staff offers them for a
 * period, one short of hands requests; a proposal between an offer and a request
 * becomes an agreement when the other side accepts.
 * - staff_sharing_posts: offers and requests; `remaining` only falls, and a CHECK
 *   keeps it at zero or above, so a race can never over-commit people.
 * - staff_sharing_matches: proposals and the agreements they become (terms text and
 *   both acceptances with their times).
 */
export class StaffSharing1764302010000 implements MigrationInterface {
  name = 'StaffSharing1764302010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE staff_sharing_posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employer_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind varchar(8) NOT NULL CHECK (kind IN ('offer', 'request')),
        trade_code varchar(40) NOT NULL REFERENCES trades(code),
        headcount int NOT NULL CHECK (headcount BETWEEN 1 AND 1000),
        remaining int NOT NULL CHECK (remaining >= 0 AND remaining <= headcount),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        district varchar(10) NOT NULL,
        note varchar(300) NOT NULL DEFAULT '',
        status varchar(8) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on)
      )`);
    await q.query(
      `CREATE INDEX staff_sharing_posts_open_idx ON staff_sharing_posts (kind, trade_code, created_at DESC)
        WHERE status = 'open'`,
    );
    await q.query(
      `CREATE INDEX staff_sharing_posts_employer_idx ON staff_sharing_posts (employer_id, created_at DESC)`,
    );
    await q.query(`
      CREATE TABLE staff_sharing_matches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offer_id uuid NOT NULL REFERENCES staff_sharing_posts(id) ON DELETE CASCADE,
        request_id uuid NOT NULL REFERENCES staff_sharing_posts(id) ON DELETE CASCADE,
        headcount int NOT NULL CHECK (headcount >= 1),
        proposed_by uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        counterpart_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        status varchar(10) NOT NULL DEFAULT 'proposed'
          CHECK (status IN ('proposed', 'agreed', 'declined', 'withdrawn')),
        terms text NOT NULL,
        proposer_accepted_at timestamptz NOT NULL,
        counterpart_accepted_at timestamptz,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (proposed_by <> counterpart_id),
        CHECK ((status = 'agreed') = (counterpart_accepted_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX staff_sharing_matches_offer_idx ON staff_sharing_matches (offer_id)`,
    );
    await q.query(
      `CREATE INDEX staff_sharing_matches_request_idx ON staff_sharing_matches (request_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE staff_sharing_matches`);
    await q.query(`DROP TABLE staff_sharing_posts`);
  }
}
