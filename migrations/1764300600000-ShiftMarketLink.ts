import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A shift shown on a hall's board names its market. Markets and listings were
 * written side by side, so the foreign key comes once both tables exist. A
 * market is suspended, never deleted, in normal operation; if one is deleted,
 * its shifts stay and simply leave the board.
 */
export class ShiftMarketLink1764300600000 implements MigrationInterface {
  name = 'ShiftMarketLink1764300600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE shifts SET market_id = NULL
                   WHERE market_id IS NOT NULL AND market_id NOT IN (SELECT id FROM markets)`);
    await q.query(`ALTER TABLE shifts ADD CONSTRAINT shifts_market_fk
                   FOREIGN KEY (market_id) REFERENCES markets(id) ON DELETE SET NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE shifts DROP CONSTRAINT shifts_market_fk`);
  }
}
