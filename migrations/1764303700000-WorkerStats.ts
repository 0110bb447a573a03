import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * worker_stats: a worker's lifetime record (completed jobs, no-shows, ratings received as
 * the worker), one row per worker, so a wave's ranking reads one row per candidate instead
 * of counting up to 400 workers' whole history every time. Kept current by triggers, in
 * the transaction of the change that moves it, whatever writes it (service, operator
 * SQL or a cascade). A missing row means all zeros.
 *
 * - assignments: only a status entering or leaving 'completed'/'no_show' does anything
 *   (the WHEN clauses), so the seat-claim path, which inserts and moves pending_confirm/
 *   confirmed seats, never calls a function or touches a stats row. Deleting an
 *   assignment takes back its status and the ratings its worker received on it, BEFORE
 *   the delete, while those ratings are still visible; their own cascade delete then
 *   finds no assignment and counts nothing twice.
 * - ratings: only one whose ratee is the assignment's worker counts (an employer's
 *   ratings by workers do not). The service only inserts them; an edit or delete by SQL
 *   or a cascade is followed too.
 * - Decrements are plain UPDATEs, never upserts: during a user's cascade delete the
 *   user is already gone and an INSERT would fail its foreign key.
 *
 * The last offer's time stays out on purpose: concurrent waves insert offers for
 * overlapping workers, and a per-worker row updated there would serialise them (and
 * could deadlock); max(created_at) over offers_worker_created_idx is cheap.
 *
 * CREATE TRIGGER locks assignments and ratings against writes until this migration
 * commits, so the backfill and the triggers see the same data.
 */
export class WorkerStats1764303700000 implements MigrationInterface {
  name = 'WorkerStats1764303700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE worker_stats (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        completed int NOT NULL DEFAULT 0,
        no_shows int NOT NULL DEFAULT 0,
        rating_sum bigint NOT NULL DEFAULT 0,
        rating_count int NOT NULL DEFAULT 0,
        updated_at timestamptz
      )`);

    await q.query(`
      CREATE FUNCTION worker_stats_add(worker uuid, d_completed int, d_no_shows int,
                                       d_rating_sum bigint, d_rating_count int)
      RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF d_completed = 0 AND d_no_shows = 0 AND d_rating_sum = 0 AND d_rating_count = 0 THEN
          RETURN;
        END IF;
        IF d_completed <= 0 AND d_no_shows <= 0 AND d_rating_count <= 0 THEN
          UPDATE worker_stats
             SET completed = completed + d_completed, no_shows = no_shows + d_no_shows,
                 rating_sum = rating_sum + d_rating_sum, rating_count = rating_count + d_rating_count,
                 updated_at = now()
           WHERE user_id = worker;
        ELSE
          INSERT INTO worker_stats AS w (user_id, completed, no_shows, rating_sum, rating_count, updated_at)
          VALUES (worker, d_completed, d_no_shows, d_rating_sum, d_rating_count, now())
          ON CONFLICT (user_id) DO UPDATE
             SET completed = w.completed + d_completed, no_shows = w.no_shows + d_no_shows,
                 rating_sum = w.rating_sum + d_rating_sum, rating_count = w.rating_count + d_rating_count,
                 updated_at = now();
        END IF;
      END $$`);

    // Ratings received by the worker on one assignment: they move with the assignment
    // only when it is deleted or changes worker.
    await q.query(`
      CREATE FUNCTION worker_stats_assignment_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        moves_ratings boolean := TG_OP = 'DELETE'
          OR (TG_OP = 'UPDATE' AND NEW.worker_id IS DISTINCT FROM OLD.worker_id);
        r_sum bigint := 0;
        r_count int := 0;
      BEGIN
        IF TG_OP = 'UPDATE' AND NOT moves_ratings THEN
          PERFORM worker_stats_add(NEW.worker_id,
            (NEW.status = 'completed')::int - (OLD.status = 'completed')::int,
            (NEW.status = 'no_show')::int - (OLD.status = 'no_show')::int, 0, 0);
          RETURN NEW;
        END IF;
        IF TG_OP <> 'INSERT' THEN
          IF moves_ratings THEN
            SELECT coalesce(sum(r.stars), 0), count(*) INTO r_sum, r_count
              FROM ratings r WHERE r.assignment_id = OLD.id AND r.ratee_id = OLD.worker_id;
          END IF;
          PERFORM worker_stats_add(OLD.worker_id, -(OLD.status = 'completed')::int,
            -(OLD.status = 'no_show')::int, -r_sum, -r_count);
        END IF;
        IF TG_OP <> 'DELETE' THEN
          IF moves_ratings THEN
            SELECT coalesce(sum(r.stars), 0), count(*) INTO r_sum, r_count
              FROM ratings r WHERE r.assignment_id = NEW.id AND r.ratee_id = NEW.worker_id;
          END IF;
          PERFORM worker_stats_add(NEW.worker_id, (NEW.status = 'completed')::int,
            (NEW.status = 'no_show')::int, r_sum, r_count);
          RETURN NEW;
        END IF;
        RETURN OLD;
      END $$`);
    await q.query(`
      CREATE TRIGGER worker_stats_assignment_insert AFTER INSERT ON assignments
      FOR EACH ROW WHEN (NEW.status IN ('completed', 'no_show'))
      EXECUTE FUNCTION worker_stats_assignment_changed()`);
    await q.query(`
      CREATE TRIGGER worker_stats_assignment_update AFTER UPDATE OF status, worker_id ON assignments
      FOR EACH ROW WHEN (
        (OLD.status IS DISTINCT FROM NEW.status
          AND (OLD.status IN ('completed', 'no_show') OR NEW.status IN ('completed', 'no_show')))
        OR OLD.worker_id IS DISTINCT FROM NEW.worker_id)
      EXECUTE FUNCTION worker_stats_assignment_changed()`);
    await q.query(`
      CREATE TRIGGER worker_stats_assignment_delete BEFORE DELETE ON assignments
      FOR EACH ROW EXECUTE FUNCTION worker_stats_assignment_changed()`);

    await q.query(`
      CREATE FUNCTION worker_stats_rating_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' AND EXISTS (
             SELECT 1 FROM assignments a WHERE a.id = OLD.assignment_id AND a.worker_id = OLD.ratee_id) THEN
          PERFORM worker_stats_add(OLD.ratee_id, 0, 0, -OLD.stars, -1);
        END IF;
        IF TG_OP <> 'DELETE' AND EXISTS (
             SELECT 1 FROM assignments a WHERE a.id = NEW.assignment_id AND a.worker_id = NEW.ratee_id) THEN
          PERFORM worker_stats_add(NEW.ratee_id, 0, 0, NEW.stars, 1);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER worker_stats_rating_changed
      AFTER INSERT OR DELETE OR UPDATE OF stars, ratee_id, assignment_id ON ratings
      FOR EACH ROW EXECUTE FUNCTION worker_stats_rating_changed()`);

    await q.query(`
      INSERT INTO worker_stats (user_id, completed, no_shows, rating_sum, rating_count, updated_at)
      SELECT user_id, sum(completed), sum(no_shows), sum(rating_sum), sum(rating_count), now()
        FROM (SELECT a.worker_id AS user_id,
                     count(*) FILTER (WHERE a.status = 'completed') AS completed,
                     count(*) FILTER (WHERE a.status = 'no_show') AS no_shows,
                     0 AS rating_sum, 0 AS rating_count
                FROM assignments a WHERE a.status IN ('completed', 'no_show')
               GROUP BY a.worker_id
              UNION ALL
              SELECT r.ratee_id, 0, 0, sum(r.stars), count(*)
                FROM ratings r JOIN assignments a ON a.id = r.assignment_id AND a.worker_id = r.ratee_id
               GROUP BY r.ratee_id) history
       GROUP BY user_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER worker_stats_rating_changed ON ratings`);
    await q.query(`DROP TRIGGER worker_stats_assignment_delete ON assignments`);
    await q.query(`DROP TRIGGER worker_stats_assignment_update ON assignments`);
    await q.query(`DROP TRIGGER worker_stats_assignment_insert ON assignments`);
    await q.query(`DROP FUNCTION worker_stats_rating_changed()`);
    await q.query(`DROP FUNCTION worker_stats_assignment_changed()`);
    await q.query(`DROP FUNCTION worker_stats_add(uuid, int, int, bigint, int)`);
    await q.query(`DROP TABLE worker_stats`);
  }
}
