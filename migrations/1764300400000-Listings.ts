import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Listings (clause 九, free publication of supply and demand): worker and employer
 * profiles, the shifts employers post and the posts workers publish (求职信息).
 *
 * Near searches go through GiST indexes on ll_to_earth(lat, lng) (earthdistance),
 * queried with a box test plus an exact distance filter (see docs/geo-search.md).
 * The btree indexes follow the public searches: status + start time for the default
 * ordering, and trade / district for the filters people use most.
 */
export class Listings1764300400000 implements MigrationInterface {
  name = 'Listings1764300400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE worker_profiles (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        name varchar(40) NOT NULL CHECK (length(btrim(name)) > 0),
        certificates text[] NOT NULL DEFAULT '{}',
        home_district varchar(20) NOT NULL,
        -- Exact home location is personal data: only the owner ever reads it back.
        home_lat double precision CHECK (home_lat BETWEEN -90 AND 90),
        home_lng double precision CHECK (home_lng BETWEEN -180 AND 180),
        max_travel_km int NOT NULL DEFAULT 10 CHECK (max_travel_km BETWEEN 1 AND 100),
        min_pay_unit varchar(10) CHECK (min_pay_unit IN ('hour', 'day', 'piece')),
        min_pay_fen int CHECK (min_pay_fen >= 0),
        -- [{weekday 1-7, from "HH:mm", to "HH:mm"}]; empty means any time.
        availability jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(availability) = 'array'),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT worker_profiles_home_pair CHECK ((home_lat IS NULL) = (home_lng IS NULL)),
        CONSTRAINT worker_profiles_min_pay_pair CHECK ((min_pay_unit IS NULL) = (min_pay_fen IS NULL))
      )`);
    // A child table rather than jsonb so that "workers who do trade X at level >= N"
    // is an index lookup for the matcher, and every code is checked by a foreign key.
    await q.query(`
      CREATE TABLE worker_trades (
        user_id uuid NOT NULL REFERENCES worker_profiles(user_id) ON DELETE CASCADE,
        trade_code varchar(40) NOT NULL REFERENCES trades(code),
        level smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
        PRIMARY KEY (user_id, trade_code)
      )`);
    await q.query(`CREATE INDEX worker_trades_trade_idx ON worker_trades (trade_code, level)`);

    await q.query(`
      CREATE TABLE employer_profiles (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        name varchar(60) NOT NULL CHECK (length(btrim(name)) > 0),
        kind varchar(12) NOT NULL CHECK (kind IN ('individual', 'business')),
        -- 统一社会信用代码 (GB 32100-2015): 18 characters, check digit verified by the API.
        credit_code char(18) CHECK (credit_code ~ '^[0-9A-HJ-NP-RTUW-Y]{18}$'),
        contact_name varchar(40) NOT NULL,
        contact_phone varchar(20),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE shifts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employer_id uuid NOT NULL REFERENCES users(id),
        title varchar(60) NOT NULL,
        trade_code varchar(40) NOT NULL REFERENCES trades(code),
        description text NOT NULL DEFAULT '',
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lng double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
        address varchar(200) NOT NULL,
        district varchar(20) NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        pay_unit varchar(10) NOT NULL CHECK (pay_unit IN ('hour', 'day', 'piece')),
        pay_fen int NOT NULL CHECK (pay_fen > 0),
        headcount int NOT NULL CHECK (headcount >= 1),
        filled int NOT NULL DEFAULT 0,
        certificates text[] NOT NULL DEFAULT '{}',
        min_credit int NOT NULL DEFAULT 0 CHECK (min_credit >= 0),
        instant boolean NOT NULL DEFAULT false,
        auto_confirm boolean NOT NULL DEFAULT false,
        -- The hall whose board shows this shift. No foreign key yet: the markets table
        -- is written in parallel (1764300300000-Markets); a later migration adds
        -- REFERENCES markets(id) once both have landed.
        market_id uuid,
        status varchar(12) NOT NULL DEFAULT 'open'
          CHECK (status IN ('open', 'filled', 'in_progress', 'completed', 'cancelled', 'expired')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT shifts_filled_range CHECK (filled BETWEEN 0 AND headcount),
        CONSTRAINT shifts_window CHECK (ends_at > starts_at)
      )`);
    await q.query(`CREATE INDEX shifts_geo_idx ON shifts USING gist (ll_to_earth(lat, lng))`);
    await q.query(`CREATE INDEX shifts_status_starts_idx ON shifts (status, starts_at, id)`);
    await q.query(`CREATE INDEX shifts_trade_idx ON shifts (trade_code, status, starts_at)`);
    await q.query(`CREATE INDEX shifts_district_idx ON shifts (district, status, starts_at)`);
    await q.query(`CREATE INDEX shifts_employer_idx ON shifts (employer_id, created_at, id)`);
    await q.query(
      `CREATE INDEX shifts_market_idx ON shifts (market_id) WHERE market_id IS NOT NULL`,
    );

    // Trade codes as an array (checked against the catalogue by the API): a post is
    // written in one statement, and "posts offering trade X" is a GIN lookup.
    await q.query(`
      CREATE TABLE worker_posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        worker_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        trade_codes text[] NOT NULL CHECK (cardinality(trade_codes) BETWEEN 1 AND 5),
        title varchar(60) NOT NULL,
        description text NOT NULL DEFAULT '',
        district varchar(20) NOT NULL,
        -- An approximate area (rounded to about 1 km by the API), never the home.
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lng double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
        available_from timestamptz NOT NULL,
        available_to timestamptz NOT NULL,
        min_pay_unit varchar(10) CHECK (min_pay_unit IN ('hour', 'day', 'piece')),
        min_pay_fen int CHECK (min_pay_fen >= 0),
        status varchar(8) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT worker_posts_window CHECK (available_to > available_from),
        CONSTRAINT worker_posts_min_pay_pair CHECK ((min_pay_unit IS NULL) = (min_pay_fen IS NULL))
      )`);
    await q.query(
      `CREATE INDEX worker_posts_geo_idx ON worker_posts USING gist (ll_to_earth(lat, lng))`,
    );
    // Posts list newest first by default.
    await q.query(
      `CREATE INDEX worker_posts_status_created_idx ON worker_posts (status, created_at, id)`,
    );
    await q.query(`CREATE INDEX worker_posts_trades_idx ON worker_posts USING gin (trade_codes)`);
    await q.query(`CREATE INDEX worker_posts_district_idx ON worker_posts (district, status)`);
    await q.query(
      `CREATE INDEX worker_posts_worker_idx ON worker_posts (worker_id, created_at, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE worker_posts`);
    await q.query(`DROP TABLE shifts`);
    await q.query(`DROP TABLE employer_profiles`);
    await q.query(`DROP TABLE worker_trades`);
    await q.query(`DROP TABLE worker_profiles`);
  }
}
