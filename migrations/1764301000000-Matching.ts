import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 即时快招 (clause 九): offers, seats (assignments), ratings, the credit ledger and
 * the transactional outbox of events for the realtime layer.
 *
 * The guarantees live in the schema itself, so that they hold however many API
 * and matcher processes run:
 * - a shift never fills past its headcount: shifts_filled_range CHECK (Listings);
 * - a worker is never booked twice: an exclusion constraint over the worker and
 *   the booked time range of every live assignment;
 * - a worker never gets a second offer for one shift: UNIQUE (shift_id, worker_id).
 */
export class Matching1764301000000 implements MigrationInterface {
  name = 'Matching1764301000000';

  async up(q: QueryRunner): Promise<void> {
    // Credit (clause 十八) in its simplest form until the credit system lands.
    await q.query(`ALTER TABLE users ADD COLUMN credit_score int NOT NULL DEFAULT 100
                   CHECK (credit_score BETWEEN 0 AND 1000)`);

    await q.query(`
      CREATE TABLE offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        shift_id uuid NOT NULL REFERENCES shifts(id) ON DELETE CASCADE,
        worker_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        wave int NOT NULL DEFAULT 1 CHECK (wave >= 0),
        source varchar(10) NOT NULL DEFAULT 'wave' CHECK (source IN ('wave', 'batch', 'invite', 'operator')),
        status varchar(10) NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'accepted', 'declined', 'expired', 'revoked')),
        close_reason varchar(10) CHECK (close_reason IN ('expired', 'revoked', 'filled', 'declined', 'accepted')),
        score jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(score) = 'object'),
        distance_km double precision CHECK (distance_km >= 0),
        expires_at timestamptz NOT NULL,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT offers_once_per_worker UNIQUE (shift_id, worker_id),
        CONSTRAINT offers_closed_consistent CHECK ((status = 'pending') = (closed_at IS NULL))
      )`);
    await q.query(
      `CREATE INDEX offers_worker_status_idx ON offers (worker_id, status, expires_at)`,
    );
    await q.query(`CREATE INDEX offers_shift_status_idx ON offers (shift_id, status)`);
    await q.query(`CREATE INDEX offers_worker_created_idx ON offers (worker_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        shift_id uuid NOT NULL REFERENCES shifts(id) ON DELETE CASCADE,
        worker_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        offer_id uuid REFERENCES offers(id) ON DELETE SET NULL,
        source varchar(10) NOT NULL CHECK (source IN ('offer', 'grab', 'invite', 'operator')),
        status varchar(16) NOT NULL DEFAULT 'pending_confirm'
          CHECK (status IN ('pending_confirm', 'confirmed', 'checked_in', 'completed', 'rejected', 'cancelled', 'no_show')),
        -- The shift's window, copied so the exclusion constraint can see it.
        period tstzrange NOT NULL CHECK (NOT isempty(period)),
        confirmed_at timestamptz,
        check_in_at timestamptz,
        check_in_method varchar(10) CHECK (check_in_method IN ('code', 'location', 'operator')),
        check_out_at timestamptz,
        minutes_worked int CHECK (minutes_worked >= 0),
        pay_fen int CHECK (pay_fen >= 0),
        cancelled_by varchar(10) CHECK (cancelled_by IN ('worker', 'employer', 'system')),
        late_cancel boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT assignments_no_double_booking EXCLUDE USING gist (worker_id WITH =, period WITH &&)
          WHERE (status IN ('pending_confirm', 'confirmed', 'checked_in'))
      )`);
    await q.query(`CREATE INDEX assignments_shift_idx ON assignments (shift_id, status)`);
    await q.query(
      `CREATE INDEX assignments_worker_idx ON assignments (worker_id, created_at DESC)`,
    );

    await q.query(`
      CREATE TABLE ratings (
        assignment_id uuid NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
        rater_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        ratee_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        stars smallint NOT NULL CHECK (stars BETWEEN 1 AND 5),
        comment varchar(200),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (assignment_id, rater_id),
        CHECK (rater_id <> ratee_id)
      )`);
    await q.query(`CREATE INDEX ratings_ratee_idx ON ratings (ratee_id)`);

    // The credit ledger (clause 十八): every event that moves a user's credit.
    await q.query(`
      CREATE TABLE credit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind varchar(24) NOT NULL CHECK (kind IN ('completed', 'good_rating', 'no_show', 'late_cancel',
          'wage_complaint_upheld', 'false_information')),
        delta int NOT NULL,
        assignment_id uuid REFERENCES assignments(id) ON DELETE SET NULL,
        note varchar(200),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX credit_events_user_idx ON credit_events (user_id, created_at DESC)`,
    );
    // One event of a kind per assignment and user: a retried no-show is not a second penalty.
    await q.query(`CREATE UNIQUE INDEX credit_events_once_idx ON credit_events (user_id, kind, assignment_id)
                   WHERE assignment_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE employer_favourites (
        employer_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        worker_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (employer_id, worker_id)
      )`);

    // Transactional outbox: events are written with the change that causes them and
    // published to Redis afterwards, so a crash between commit and publish loses nothing.
    // The id is the event's eventId, growing with every event.
    await q.query(`
      CREATE TABLE outbox_events (
        id bigserial PRIMARY KEY,
        type varchar(40) NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX outbox_unpublished_idx ON outbox_events (id) WHERE published_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox_events`);
    await q.query(`DROP TABLE employer_favourites`);
    await q.query(`DROP TABLE credit_events`);
    await q.query(`DROP TABLE ratings`);
    await q.query(`DROP TABLE assignments`);
    await q.query(`DROP TABLE offers`);
    await q.query(`ALTER TABLE users DROP COLUMN credit_score`);
  }
}
