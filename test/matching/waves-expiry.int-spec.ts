import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { WaveJobs } from '@app/matching';
import {
  employerWithProfile,
  northOfCentre,
  postShift,
  shiftBody,
  workerWithProfile,
} from '../listings/listings-factory';
import { startMatcherInProcess } from '../support/processes';
import type { SignedIn, TestApi } from '../support/test-api';
import { startApi } from '../support/test-api';
import { AppClock } from '../support/test-clock';
import { EventsReader, StreamEvent } from '@app/events';

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
    const crowd: SignedIn[] = [];
    for (const km of [0.5, 1, 1.5]) {
      const worker = await workerWithProfile(api, { availability: [], maxTravelKm: 50 });
      await api.post(
        '/api/v1/workers/me/presence',
        { online: true, location: northOfCentre(km) },
        { token: worker.token },
      );
      crowd.push(worker);
    }
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
});
