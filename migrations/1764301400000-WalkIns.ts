import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The operator desk (服务窗口): walk-in workers without a smartphone.
 * - walk_in_consents: every consent a walk-in gave at a market's counter — who
 *   registered whom, at which market, how (verbal or signed) and to which version of
 *   the consent text. Rows are never updated: a second registration adds a row, so
 *   the history of what was agreed to stays readable.
 * - walk_in_placements: which operator accepted which seat on a walk-in's behalf
 *   (the offer has source 'operator', the assignment source 'operator').
 */
export class WalkIns1764301400000 implements MigrationInterface {
  name = 'WalkIns1764301400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE walk_in_consents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        worker_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        market_id uuid NOT NULL REFERENCES markets(id) ON DELETE CASCADE,
        operator_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        method varchar(10) NOT NULL CHECK (method IN ('verbal', 'signed')),
        text_version varchar(20) NOT NULL CHECK (length(text_version) > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The desk lists a market's walk-ins newest first and checks one worker's consent.
    await q.query(
      `CREATE INDEX walk_in_consents_market_idx ON walk_in_consents (market_id, created_at DESC)`,
    );
    await q.query(
      `CREATE INDEX walk_in_consents_worker_idx ON walk_in_consents (worker_id, market_id)`,
    );

    await q.query(`
      CREATE TABLE walk_in_placements (
        assignment_id uuid PRIMARY KEY REFERENCES assignments(id) ON DELETE CASCADE,
        offer_id uuid REFERENCES offers(id) ON DELETE SET NULL,
        market_id uuid NOT NULL REFERENCES markets(id) ON DELETE CASCADE,
        operator_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        worker_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX walk_in_placements_market_idx ON walk_in_placements (market_id, created_at DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE walk_in_placements`);
    await q.query(`DROP TABLE walk_in_consents`);
  }
}
