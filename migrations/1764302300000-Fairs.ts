import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Gig job fairs 零工专场招聘会 (clause 九).
 * - fairs: a market's fair with its time. Cancelled fairs stay (status) so the public
 *   page can say so; two live fairs of one market never overlap (the hall board shows
 *   one fair at a time), which the exclusion constraint enforces however many desks race.
 * - fair_zones: 专区 of a fair, each gathering some trades.
 * - fair_employers: who takes part, in which zone, at which booth.
 * - fair_shifts: shifts shown at the fair. Kept here (not a column on shifts) so the
 *   fair feature owns its data and a shift may be shown at more than one fair.
 */
export class Fairs1764302300000 implements MigrationInterface {
  name = 'Fairs1764302300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE fairs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        market_id uuid NOT NULL REFERENCES markets(id) ON DELETE CASCADE,
        title varchar(60) NOT NULL CHECK (length(btrim(title)) > 0),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
        created_by uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at),
        CONSTRAINT fairs_no_overlap EXCLUDE USING gist
          (market_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status = 'scheduled')
      )`);
    // The market's fairs by time (public list, the board's running fair).
    await q.query(`CREATE INDEX fairs_market_time_idx ON fairs (market_id, ends_at, starts_at)`);

    await q.query(`
      CREATE TABLE fair_zones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
        name varchar(20) NOT NULL CHECK (length(btrim(name)) > 0),
        trade_codes text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (fair_id, name)
      )`);

    await q.query(`
      CREATE TABLE fair_employers (
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        zone_id uuid NOT NULL REFERENCES fair_zones(id) ON DELETE CASCADE,
        booth varchar(10) NOT NULL CHECK (length(btrim(booth)) > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (fair_id, employer_id),
        UNIQUE (fair_id, booth)
      )`);
    await q.query(`CREATE INDEX fair_employers_employer_idx ON fair_employers (employer_id)`);

    await q.query(`
      CREATE TABLE fair_shifts (
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
        shift_id uuid NOT NULL REFERENCES shifts(id) ON DELETE CASCADE,
        attached_by uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (fair_id, shift_id)
      )`);
    await q.query(`CREATE INDEX fair_shifts_shift_idx ON fair_shifts (shift_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE fair_shifts`);
    await q.query(`DROP TABLE fair_employers`);
    await q.query(`DROP TABLE fair_zones`);
    await q.query(`DROP TABLE fairs`);
  }
}
