import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { MatchingQueue, WaveJobs, WaveRunner, WaveTriggers } from '@app/matching';
import {
  employerWithProfile,
  northOfCentre,
  postShift,
  shiftBody,
  workerWithProfile,
} from '../listings/listings-factory';
import { startMatcherInProcess } from '../support/processes';
import { onlineWorkersNorth } from './matching-factory';
import type { TestApi } from '../support/test-api';
import { startApi } from '../support/test-api';
import { AppClock } from '../support/test-clock';
import { EventsReader, StreamEvent } from '@app/events';
import type Redis from 'ioredis';

const TTL_SECONDS = 2;

/** Offers live OFFER_TTL_SECONDS = 2 here: expiry is a delayed job, awaited through its event. */
describe('offer expiry', () => {
  // The apps' clock stands at 10:00 in Dalian and runs: no result depends on the hour.
  const clock = AppClock.at('10:00');
  let api: TestApi;
  let matcher: NestFastifyApplication;
  let reader: EventsReader;

  beforeAll(async () => {
    api = await startApi(clock.env);
    matcher = await startMatcherInProcess(api, {
      ...clock.env,
      OFFER_TTL_SECONDS: String(TTL_SECONDS),
    });
    reader = new EventsReader(api.redis);
  }, 30_000);
  afterAll(async () => {
    await matcher?.close();
    await api?.close();
  });

  it('expires unanswered offers after their time-to-live and offers the next candidates', async () => {
    const crowd = await onlineWorkersNorth(api, [0.5, 1, 1.5]);
    const employer = await employerWithProfile(api);
    const shift = await postShift(
      api,
      employer.token,
      shiftBody(clock.now(), { instant: true, headcount: 1 }),
    );
    const forShift = (type: string) => (e: StreamEvent) =>
      e.type === type && JSON.stringify(e.data).includes(shift.id);

    // Wave 1: two offers for the one seat, to the two nearest workers.
    const created = await reader.waitFor(forShift('offer.created'), { count: 2 });
    expect(created.map((e) => e.rooms[0])).toEqual(crowd.slice(0, 2).map((w) => `worker:${w.id}`));

    // Nobody answers: both expire, each with offer.closed (reason expired) to its worker.
    const closed = await reader.waitFor(forShift('offer.closed'), { count: 2 });
    expect(closed.map((e) => (e.data as { reason: string }).reason)).toEqual([
      'expired',
      'expired',
    ]);
    expect(closed.map((e) => e.rooms[0]).sort()).toEqual(
      crowd
        .slice(0, 2)
        .map((w) => `worker:${w.id}`)
        .sort(),
    );
    const expired = await api.db.query(
      `SELECT status, close_reason, extract(epoch FROM closed_at - created_at) AS lived
         FROM offers WHERE shift_id = $1 AND wave = 1`,
      [shift.id],
    );
    expect(expired).toHaveLength(2);
    for (const o of expired) {
      expect(o).toMatchObject({ status: 'expired', close_reason: 'expired' });
      expect(Number(o.lived)).toBeGreaterThanOrEqual(TTL_SECONDS - 0.05);
    }

    // The expiries trigger the next wave: the third worker, the only one left.
    const next = await reader.waitFor(forShift('offer.created'), { count: 3 });
    expect(next[2]!.rooms).toEqual([`worker:${crowd[2]!.id}`]);
    const [third] = await api.db.query(
      `SELECT wave FROM offers WHERE shift_id = $1 AND worker_id = $2`,
      [shift.id, crowd[2]!.id],
    );
    expect(third.wave).toBeGreaterThanOrEqual(2);
    // Nobody was offered the shift twice.
    const [{ n, workers }] = await api.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT worker_id)::int AS workers FROM offers WHERE shift_id = $1`,
      [shift.id],
    );
    expect(n).toBe(3);
    expect(workers).toBe(3);
  }, 30_000);

  it('the minute sweep expires an overdue offer whose expiry job was lost', async () => {
    const worker = await workerWithProfile(api, { availability: [] });
    const employer = await employerWithProfile(api);
    const shift = await postShift(api, employer.token, shiftBody(clock.now(), { instant: false }));
    // An offer that should have expired a minute ago, with no job to expire it.
    const [{ id }] = await api.db.query(
      `INSERT INTO offers (shift_id, worker_id, expires_at) VALUES ($1, $2, now() - interval '1 minute')
       RETURNING id`,
      [shift.id, worker.id],
    );
    const result = await matcher.get(WaveJobs).sweep();
    expect(result.expired).toBeGreaterThanOrEqual(1);
    const [closed] = await reader.waitFor(
      (e) => e.type === 'offer.closed' && (e.data as { offerId: string }).offerId === id,
    );
    expect(closed!.data).toMatchObject({ reason: 'expired', shiftId: shift.id });
    const [row] = await api.db.query(`SELECT status, close_reason FROM offers WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'expired', close_reason: 'expired' });
  });
  it('drops the expiry jobs of a filled shift: its other offers were revoked, nothing is left to expire', async () => {
    const crowd = await onlineWorkersNorth(api, [0.4, 0.8]);
    const employer = await employerWithProfile(api);
    const shift = await postShift(
      api,
      employer.token,
      shiftBody(clock.now(), { instant: true, headcount: 1, autoConfirm: true }),
    );
    const created = await reader.waitFor(
      (e) => e.type === 'offer.created' && JSON.stringify(e.data).includes(shift.id),
      { count: 2 },
    );
    const queue = matcher.get(MatchingQueue);
    const bull: Redis = queue.connection();
    const indexKey = `${queue.prefix}:expiries:${shift.id}`;
    const [jobId] = await bull.smembers(indexKey);
    expect(jobId).toMatch(/^expire-/);
    expect(await bull.exists(`${queue.prefix}:matching:${jobId}`)).toBe(1);

    const first = created.find((e) => e.rooms[0] === `worker:${crowd[0]!.id}`)!;
    const offerId = (first.data as { offerId: string }).offerId;
    const accepted = await api.post(`/api/v1/offers/${offerId}/accept`, undefined, {
      token: crowd[0]!.token,
    });
    expect(accepted.status).toBe(201);
    // The fill's event, handled as the matcher handles it (the matcher may have got there first).
    const [filled] = await reader.waitFor(
      (e) =>
        e.type === 'shift.updated' &&
        (e.data as { shiftId: string; filled: number }).shiftId === shift.id &&
        (e.data as { filled: number }).filled === 1,
    );
    await matcher.get(WaveTriggers).handle(filled!);

    expect(await bull.exists(`${queue.prefix}:matching:${jobId}`)).toBe(0);
    expect(await bull.exists(indexKey)).toBe(0);
    const offers = await api.db.query(
      `SELECT status, close_reason FROM offers WHERE shift_id = $1 ORDER BY status`,
      [shift.id],
    );
    expect(offers).toEqual([
      { status: 'accepted', close_reason: 'accepted' },
      { status: 'revoked', close_reason: 'filled' },
    ]);
    bull.disconnect();
  }, 30_000);

  it('a wave that ranked while a seat claim filled the shift leaves no offer pending on it', async () => {
    const worker = await workerWithProfile(api, { availability: [], maxTravelKm: 50 });
    await api.post(
      '/api/v1/workers/me/presence',
      { online: true, location: northOfCentre(0.3) },
      { token: worker.token },
    );
    const employer = await employerWithProfile(api);
    // Not instant: only the wave this test runs offers it.
    const shift = await postShift(
      api,
      employer.token,
      shiftBody(clock.now(), { instant: false, headcount: 1 }),
    );
    // A seat claim in flight: the shift row is updated to full and not yet committed.
    const claim = api.db.createQueryRunner();
    await claim.connect();
    await claim.startTransaction();
    await claim.query(`UPDATE shifts SET filled = headcount, status = 'filled' WHERE id = $1`, [
      shift.id,
    ]);
    const wave = matcher.get(WaveRunner).offerWave([shift.id], 1, 'greedy');
    // The wave read the shift as open and ranked; its insert now waits for the claim.
    await waitForLockWait(api, 'INSERT INTO offers');
    await claim.commitTransaction();
    await claim.release();

    expect(await wave).toBe(0);
    const [{ n }] = await api.db.query(
      `SELECT count(*)::int AS n FROM offers WHERE shift_id = $1`,
      [shift.id],
    );
    expect(n).toBe(0);
  }, 30_000);
});

/** Resolves once a backend running `statement` waits for a row lock (pg_stat_activity). */
async function waitForLockWait(api: TestApi, statement: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const [row] = await api.db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'
          AND position($1 IN query) > 0`,
      [statement],
    );
    if (row.n > 0) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`no backend ever waited on a lock in ${statement}`);
}
