import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory of gig markets 零工市场名录 (clause 八) and the operators bound to each.
 *
 * The district list is written out here rather than imported from
 * libs/listings/src/markets/districts.ts: a migration must keep meaning what it meant
 * when it ran, so a later change to the list needs a migration of its own.
 */
export class Markets1764300300000 implements MigrationInterface {
  name = 'Markets1764300300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE markets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('public', 'market')),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        district text NOT NULL CHECK (district IN (
          '中山区', '西岗区', '沙河口区', '甘井子区', '旅顺口区',
          '金州区', '普兰店区', '瓦房店市', '庄河市', '长海县')),
        address text NOT NULL CHECK (length(btrim(address)) BETWEEN 1 AND 200),
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lng double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
        opening_hours jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(opening_hours) = 'array'),
        trades text[] NOT NULL DEFAULT '{}',
        contact_phone varchar(20),
        integrity boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'listed' CHECK (status IN ('listed', 'suspended')),
        description text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // "near me": the box test of nearSql() is answered by this index.
    await q.query(
      `CREATE INDEX markets_location_idx ON markets USING gist (ll_to_earth(lat, lng))`,
    );
    await q.query(`CREATE INDEX markets_district_status_idx ON markets (district, status)`);
    // The directory's default order (by name) pages on (name, id) within a status.
    await q.query(`CREATE INDEX markets_status_name_idx ON markets (status, name, id)`);
    await q.query(`CREATE INDEX markets_trades_idx ON markets USING gin (trades)`);

    await q.query(`
      CREATE TABLE market_operators (
        market_id uuid NOT NULL REFERENCES markets(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (market_id, user_id)
      )`);
    // "my markets" looks bindings up by user; the primary key serves the other direction.
    await q.query(`CREATE INDEX market_operators_user_idx ON market_operators (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE market_operators`);
    await q.query(`DROP TABLE markets`);
  }
}
