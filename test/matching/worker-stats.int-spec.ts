import { AssignmentsService } from '@app/matching';
import {
  CANDIDATE_FACTS_SQL,
  type CandidateFactsRow,
} from '@app/matching/offers/candidates/candidate-facts.sql';
import { WorkerStats1764303700000 } from '../../migrations/1764303700000-WorkerStats';
import { CENTRE, insertShifts, northOfCentre } from '../listings/listings-factory';
import { GRAB_BODY } from '../support/grab-body';
import { startApi, type SignedIn, type TestApi } from '../support/test-api';
import { checkOut, employerAndShift, setClock, workers } from './matching-factory';

// 08:00 in Shanghai on 2030-03-11; each day's shift runs 10:00–14:00.
const NOW = new Date('2030-03-11T00:00:00Z');
const at = (hhmm: string, day: number) =>
  new Date(`2030-03-${String(day).padStart(2, '0')}T${hhmm}:00+08:00`);

/**
 * What ranking knew before worker_stats: the worker's whole history counted on every
 * wave. The stats the triggers keep must always give exactly these numbers.
 */
const COUNTED_HISTORY_SQL = `
SELECT u.id AS worker_id, hist.completed, hist.no_shows,
       rated.average AS rating_average, rated.count AS rating_count
FROM users u
CROSS JOIN LATERAL (
  SELECT count(*) FILTER (WHERE a.status = 'completed')::int AS completed,
         count(*) FILTER (WHERE a.status = 'no_show')::int AS no_shows
  FROM assignments a WHERE a.worker_id = u.id) hist
CROSS JOIN LATERAL (
  SELECT avg(r.stars)::float8 AS average, count(*)::int AS count
  FROM ratings r JOIN assignments a ON a.id = r.assignment_id
  WHERE r.ratee_id = u.id AND a.worker_id = u.id) rated
WHERE u.id = ANY($1::uuid[])
ORDER BY u.id`;

type History = Pick<
  CandidateFactsRow,
  'worker_id' | 'completed' | 'no_shows' | 'rating_average' | 'rating_count'
>;

const historyOf = (r: CandidateFactsRow): History => ({
  worker_id: r.worker_id,
  completed: r.completed,
  no_shows: r.no_shows,
  rating_average: r.rating_average,
  rating_count: r.rating_count,
});

describe('worker_stats: the history ranking reads, kept by the changes that move it', () => {
  let api: TestApi;
  let target: { id: string };
  const post = (url: string, token: string, body?: unknown) =>
    api.post(`/api/v1${url}`, body, { token });

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
    // The shift ranking is for; it never starts in these tests.
    target = (
      await employerAndShift(api, NOW, {
        startsAt: '2030-04-01T10:00:00+08:00',
        endsAt: '2030-04-01T14:00:00+08:00',
      })
    ).shift;
  });
  afterAll(() => api.close());

  /** The facts a wave reads, for `workerIds` and the target shift (or `shiftIds`). */
  async function facts(workerIds: string[], shiftIds = [target.id]): Promise<CandidateFactsRow[]> {
    return api.db.query(`${CANDIDATE_FACTS_SQL} ORDER BY u.id, s.id`, [
      shiftIds,
      workerIds,
      NOW,
      false,
    ]);
  }

  async function history(workerId: string): Promise<Omit<History, 'worker_id'>> {
    const [row] = await facts([workerId]);
    const { worker_id: _, ...rest } = historyOf(row!);
    return rest;
  }

  const counted = (workerIds: string[]): Promise<History[]> =>
    api.db.query(COUNTED_HISTORY_SQL, [workerIds]);

  async function statsRow(userId: string): Promise<Record<string, unknown> | undefined> {
    const [row] = await api.db.query(
      `SELECT completed, no_shows, rating_sum::int AS rating_sum, rating_count, updated_at
         FROM worker_stats WHERE user_id = $1`,
      [userId],
    );
    return row;
  }

  /** A new employer's shift on `day`, grabbed by `worker` and confirmed. */
  async function hired(
    worker: SignedIn,
    day: number,
  ): Promise<{ employer: SignedIn; assignmentId: string }> {
    setClock(api, at('08:00', day));
    const { employer, shift } = await employerAndShift(api, at('08:00', day));
    const grab = await post(`/shifts/${shift.id}/grab`, worker.token, GRAB_BODY);
    expect(grab.status).toBe(201);
    const confirm = await post(`/assignments/${grab.body.id}/confirm`, employer.token);
    expect(confirm.status).toBe(200);
    return { employer, assignmentId: grab.body.id };
  }

  /** Checks in at 09:30 on site and is checked out by the employer at 13:45. */
  async function works(
    worker: SignedIn,
    seat: { employer: SignedIn; assignmentId: string },
    day: number,
  ): Promise<void> {
    setClock(api, at('09:30', day));
    const checkIn = await post(`/assignments/${seat.assignmentId}/check-in`, worker.token, {
      location: CENTRE,
    });
    expect(checkIn.status).toBe(200);
    setClock(api, at('13:45', day));
    const done = await checkOut(api, seat.assignmentId, seat.employer.token);
    expect([done.status, done.body.status]).toEqual([200, 'completed']);
  }

  async function rate(assignmentId: string, rater: SignedIn, stars: number): Promise<void> {
    const res = await post(`/assignments/${assignmentId}/rate`, rater.token, { stars });
    expect(res.status).toBe(200);
  }

  it('counts a completed job and the stars the worker receives for it, not those they give', async () => {
    const [worker] = await workers(api, 1);
    const none = { completed: 0, no_shows: 0, rating_average: null, rating_count: 0 };
    expect(await history(worker!.id)).toEqual(none);

    const first = await hired(worker!, 11);
    expect(await history(worker!.id)).toEqual(none);
    await works(worker!, first, 11);
    expect(await history(worker!.id)).toEqual({ ...none, completed: 1 });

    // The worker rates the employer: nothing about the worker changes, and an employer
    // gets no stats row from being rated.
    await rate(first.assignmentId, worker!, 5);
    expect(await history(worker!.id)).toEqual({ ...none, completed: 1 });
    expect(await statsRow(first.employer.id)).toBeUndefined();

    await rate(first.assignmentId, first.employer, 4);
    expect(await history(worker!.id)).toEqual({
      ...none,
      completed: 1,
      rating_average: 4,
      rating_count: 1,
    });

    const second = await hired(worker!, 12);
    await works(worker!, second, 12);
    await rate(second.assignmentId, second.employer, 5);
    expect(await history(worker!.id)).toEqual({
      completed: 2,
      no_shows: 0,
      rating_average: 4.5,
      rating_count: 2,
    });
    expect(await statsRow(worker!.id)).toMatchObject({ rating_sum: 9, rating_count: 2 });
    expect((await facts([worker!.id])).map(historyOf)).toEqual(await counted([worker!.id]));
  });

  it('counts a no-show marked by the employer or by the sweep; claiming, confirming and cancelling seats touch nothing', async () => {
    const [worker] = await workers(api, 1);
    const marked = await hired(worker!, 11);
    // The seat-claim path (grab, confirm) never writes the stats.
    expect(await statsRow(worker!.id)).toBeUndefined();
    setClock(api, at('10:20', 11));
    const res = await post(`/assignments/${marked.assignmentId}/no-show`, marked.employer.token);
    expect([res.status, res.body.status]).toEqual([200, 'no_show']);
    expect(await history(worker!.id)).toMatchObject({ completed: 0, no_shows: 1 });

    await hired(worker!, 12);
    expect(await api.app.get(AssignmentsService).markNoShows(at('10:31', 12))).toBe(1);
    expect(await history(worker!.id)).toMatchObject({ completed: 0, no_shows: 2 });

    const before = await statsRow(worker!.id);
    const cancelled = await hired(worker!, 13);
    const cancel = await post(`/assignments/${cancelled.assignmentId}/cancel`, worker!.token);
    expect([cancel.status, cancel.body.status]).toEqual([200, 'cancelled']);
    expect(await statsRow(worker!.id)).toEqual(before);
    expect((await facts([worker!.id])).map(historyOf)).toEqual(await counted([worker!.id]));
  });

  it('follows what no API path does but SQL can: leaving completed, editing or deleting a rating, moving or deleting an assignment, deleting the worker', async () => {
    const [worker, other] = await workers(api, 2);
    const ids = [worker!.id, other!.id];
    const seats = [await hired(worker!, 11), await hired(worker!, 12)];
    for (const [i, seat] of seats.entries()) {
      await works(worker!, seat, 11 + i);
      await rate(seat.assignmentId, seat.employer, 5);
      await rate(seat.assignmentId, worker!, 3);
    }
    const follows = async () =>
      expect((await facts(ids)).map(historyOf)).toEqual(await counted(ids));
    await follows();

    // An operator's fix: the first job was in truth a no-show. Its rating still counts,
    // as it did when the history was counted.
    await api.db.query(`UPDATE assignments SET status = 'no_show' WHERE id = $1`, [
      seats[0]!.assignmentId,
    ]);
    expect(await history(worker!.id)).toEqual({
      completed: 1,
      no_shows: 1,
      rating_average: 5,
      rating_count: 2,
    });
    await follows();

    await api.db.query(`UPDATE ratings SET stars = 2 WHERE assignment_id = $1 AND ratee_id = $2`, [
      seats[0]!.assignmentId,
      worker!.id,
    ]);
    expect(await history(worker!.id)).toMatchObject({ rating_average: 3.5, rating_count: 2 });
    await follows();

    // The second job moves to another worker: its completion goes with it, but the
    // employer's stars were for the first worker, so they count for nobody now.
    await api.db.query(`UPDATE assignments SET worker_id = $2 WHERE id = $1`, [
      seats[1]!.assignmentId,
      other!.id,
    ]);
    expect(await history(worker!.id)).toEqual({
      completed: 0,
      no_shows: 1,
      rating_average: 2,
      rating_count: 1,
    });
    expect(await history(other!.id)).toMatchObject({ completed: 1, rating_count: 0 });
    await follows();
    await api.db.query(`UPDATE assignments SET worker_id = $2 WHERE id = $1`, [
      seats[1]!.assignmentId,
      worker!.id,
    ]);
    await follows();

    await api.db.query(`DELETE FROM ratings WHERE assignment_id = $1 AND ratee_id = $2`, [
      seats[0]!.assignmentId,
      worker!.id,
    ]);
    expect(await history(worker!.id)).toMatchObject({ rating_average: 5, rating_count: 1 });
    await follows();

    // Deleting a rated assignment takes its ratings with it (cascade): counted once.
    await api.db.query(`DELETE FROM assignments WHERE id = $1`, [seats[1]!.assignmentId]);
    expect(await history(worker!.id)).toEqual({
      completed: 0,
      no_shows: 1,
      rating_average: null,
      rating_count: 0,
    });
    await follows();

    await api.db.query(`DELETE FROM users WHERE id = $1`, [worker!.id]);
    expect(await statsRow(worker!.id)).toBeUndefined();
  });

  it('gives every worker the counted history, for a wave and for recommendations, and the migration backfills the same', async () => {
    // A crowd with assorted pasts: six past shifts, each worker with a different mix of
    // statuses, stars from the employer and stars given to the employer.
    setClock(api, NOW);
    const { employer } = await employerAndShift(api, NOW);
    const crowd = await workers(api, 12);
    const past = await insertShifts(api, employer.id, 6, (i) => ({
      ...northOfCentre(1),
      startsAt: at('10:00', 1 + i),
      status: 'completed',
    }));
    const statuses = ['completed', 'no_show', 'cancelled', 'rejected', 'completed', 'completed'];
    for (const [w, worker] of crowd.entries()) {
      for (const [s, shiftId] of past.entries()) {
        if ((w + s) % 4 === 3) continue;
        const status = statuses[(w * 5 + s) % statuses.length]!;
        const [{ id }] = await api.db.query(
          `INSERT INTO assignments (shift_id, worker_id, source, status, period)
           SELECT id, $2, 'grab', $3, tstzrange(starts_at, ends_at) FROM shifts WHERE id = $1
           RETURNING id`,
          [shiftId, worker.id, status],
        );
        if (status !== 'completed') continue;
        if ((w + s) % 3 !== 0) {
          await api.db.query(
            `INSERT INTO ratings (assignment_id, rater_id, ratee_id, stars) VALUES ($1, $2, $3, $4)`,
            [id, employer.id, worker.id, 1 + ((w * 7 + s * 3) % 5)],
          );
        }
        if ((w + s) % 2 === 0) {
          await api.db.query(
            `INSERT INTO ratings (assignment_id, rater_id, ratee_id, stars) VALUES ($1, $2, $3, 1)`,
            [id, worker.id, employer.id],
          );
        }
      }
    }
    const everyone: string[] = (
      await api.db.query(`SELECT user_id FROM worker_profiles ORDER BY user_id`)
    ).map((r: { user_id: string }) => r.user_id);
    const expected = await counted(everyone);
    // The crowd really is assorted: averages with fractions, and workers with no stars.
    expect(
      expected.some((h) => h.rating_average !== null && !Number.isInteger(h.rating_average)),
    ).toBe(true);
    expect(expected.some((h) => h.rating_count === 0 && h.completed + h.no_shows > 0)).toBe(true);

    // A wave: one shift, many workers.
    expect((await facts(everyone)).map(historyOf)).toEqual(expected);
    // Recommendations: one worker, many shifts; every row carries the worker's history.
    const rich = crowd[1]!.id;
    const perShift = await facts([rich], [target.id, ...past]);
    expect(perShift).toHaveLength(7);
    const [richHistory] = await counted([rich]);
    for (const row of perShift) expect(historyOf(row)).toEqual(richHistory);

    // The migration run again over this history: its backfill gives what the triggers kept.
    const kept = await api.db.query(
      `SELECT user_id, completed, no_shows, rating_sum, rating_count FROM worker_stats
        WHERE completed + no_shows + rating_count > 0 ORDER BY user_id`,
    );
    const runner = api.db.createQueryRunner();
    try {
      const migration = new WorkerStats1764303700000();
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(
      await api.db.query(
        `SELECT user_id, completed, no_shows, rating_sum, rating_count FROM worker_stats ORDER BY user_id`,
      ),
    ).toEqual(kept);
    expect((await facts(everyone)).map(historyOf)).toEqual(expected);
  });
});
