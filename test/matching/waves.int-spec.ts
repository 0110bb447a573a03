import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { WaveTriggers } from '@app/matching';
import {
  districtAt,
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

/**
 * Offer waves with the API and the matcher in this process, on one database and
 * Redis prefix, a running clock at 10:00 and the default 90 s offer time-to-live.
 */
describe('offer waves', () => {
  // The apps' clock stands at 10:00 in Dalian and runs: no result depends on the hour.
  const clock = AppClock.at('10:00');
  let api: TestApi;
  let matcher: NestFastifyApplication;
  let reader: EventsReader;
  let employer: SignedIn;

  /** A loader (level 3, any time) online `km` north of `from` (default the centre). */
  async function online(km: number, from = 0): Promise<SignedIn> {
    const worker = await workerWithProfile(api, {
      availability: [],
      trades: [{ code: 'loader', level: 3 }],
      maxTravelKm: 50,
    });
    const res = await api.post(
      '/api/v1/workers/me/presence',
      { online: true, location: northOfCentre(from + km) },
      { token: worker.token },
    );
    if (res.status !== 200) throw new Error(`presence: ${res.status} ${JSON.stringify(res.body)}`);
    return worker;
  }

  const offersOf = (shiftId: string) =>
    api.db.query(
      `SELECT id, worker_id, wave, status, source, score, distance_km FROM offers
        WHERE shift_id = $1 ORDER BY wave, (score->>'total')::float DESC`,
      [shiftId],
    );
  const createdFor = (shiftId: string) => (e: StreamEvent) =>
    e.type === 'offer.created' && (e.data as { shift: { id: string } }).shift.id === shiftId;

  beforeAll(async () => {
    api = await startApi(clock.env);
    // The batched strategy (greedy is the default) with a wide batch window, so that two
    // shifts posted together on a busy test machine still fall into one window.
    matcher = await startMatcherInProcess(api, {
      ...clock.env,
      MATCH_STRATEGY: 'batched',
      BATCH_WINDOW_MS: '1500',
    });
    reader = new EventsReader(api.redis);
    employer = await employerWithProfile(api);
  }, 30_000);
  afterAll(async () => {
    await matcher?.close();
    await api?.close();
  });

  it('a first-wave job takes the waiting batch only while its own shift is in it', async () => {
    const triggers = matcher.get(WaveTriggers);
    const key = 'matching:first-waves';
    await api.redis.sadd(key, 'shift-a', 'shift-b');
    // shift-c's job comes late: an earlier job took its shift; the waiting ones stay.
    expect(await triggers.claimBatch('shift-c')).toEqual([]);
    expect((await api.redis.smembers(key)).sort()).toEqual(['shift-a', 'shift-b']);
    expect((await triggers.claimBatch('shift-b')).sort()).toEqual(['shift-a', 'shift-b']);
    expect(await api.redis.exists(key)).toBe(0);
  });

  it('offers a headcount-2 shift to the top 4 candidates in score order, then the next one after a decline', async () => {
    // Six workers 0.5–3 km from the site: nearer scores higher, all else equal.
    const crowd: SignedIn[] = [];
    for (const km of [0.5, 1, 1.5, 2, 2.5, 3]) crowd.push(await online(km));
    const shift = await postShift(
      api,
      employer.token,
      shiftBody(clock.now(), { instant: true, headcount: 2 }),
    );

    const first = await reader.waitFor(createdFor(shift.id), { count: 4 });
    const offers = await offersOf(shift.id);
    expect(offers).toHaveLength(4);
    expect(offers.map((o: { worker_id: string }) => o.worker_id)).toEqual(
      crowd.slice(0, 4).map((w) => w.id),
    );
    const totals = offers.map((o: { score: { total: number } }) => o.score.total);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    for (const o of offers) {
      expect(o).toMatchObject({ wave: 1, status: 'pending' });
      expect(Object.keys(o.score.parts)).toEqual(
        expect.arrayContaining(['distance', 'skill', 'rating', 'reliability', 'fairness']),
      );
      expect(o.distance_km).toBeGreaterThan(0);
    }
    // Each event goes to its worker's room and carries the shift summary and distance.
    expect(first.map((e) => e.rooms[0])).toEqual(crowd.slice(0, 4).map((w) => `worker:${w.id}`));
    expect(first[0]!.data).toMatchObject({
      offerId: offers[0].id,
      shift: { id: shift.id, title: shift.title, tradeCode: 'loader', pay: shift.pay },
    });
    expect((first[0]!.data as { shift: { distanceKm: number } }).shift.distanceKm).toBeCloseTo(
      0.5,
      1,
    );
    expect((first[0]!.data as { expiresAt: string }).expiresAt).toMatch(/\+08:00$/);

    // The second-best worker declines: one seat's worth of offers is missing → wave 2.
    const declined = await api.post(`/api/v1/offers/${offers[1].id}/decline`, undefined, {
      token: crowd[1]!.token,
    });
    expect(declined.status).toBeLessThan(300);
    await reader.waitFor(createdFor(shift.id), { count: 5 });
    const after = await offersOf(shift.id);
    const second = after.filter((o: { wave: number }) => o.wave === 2);
    expect(second.map((o: { worker_id: string }) => o.worker_id)).toEqual([crowd[4]!.id]);
    expect(after.filter((o: { status: string }) => o.status === 'pending')).toHaveLength(4);
    const [run] = await api.db.query(`SELECT wave, state FROM matching_runs WHERE shift_id = $1`, [
      shift.id,
    ]);
    expect(run).toEqual({ wave: 2, state: 'running' });
  }, 30_000);

  it('widens the radius when nobody is near, and offers nobody beyond the maximum', async () => {
    // A site 100 km north of the centre; the only workers are 10 km and 40 km from it.
    const site = northOfCentre(100);
    const tenAway = await online(10, 100);
    const fortyAway = await online(40, 100);
    const shift = await postShift(
      api,
      employer.token,
      shiftBody(clock.now(), {
        instant: true,
        headcount: 1,
        location: { ...site, address: '大连市测试路', district: districtAt(site) },
      }),
    );
    await reader.waitFor(createdFor(shift.id));
    const offers = await offersOf(shift.id);
    expect(offers.map((o: { worker_id: string }) => o.worker_id)).toEqual([tenAway.id]);
    expect(offers.map((o: { worker_id: string }) => o.worker_id)).not.toContain(fortyAway.id);
    // 5 → 8 → 12.8 km found one of the two wanted; 20.48 → 30 km found nobody more.
    const [run] = await api.db.query(
      `SELECT radius_km, state FROM matching_runs WHERE shift_id = $1`,
      [shift.id],
    );
    expect(run).toEqual({ radius_km: 30, state: 'exhausted' });
  }, 30_000);

  it('plans the first waves of shifts posted together jointly: no worker gets two', async () => {
    // Five workers around a site 60 km north (further than any radius from the other
    // tests' workers); two shifts there, posted at once.
    const place = northOfCentre(60);
    for (const km of [0.5, 1, 1.5, 2, 2.5]) await online(km, 60);
    const body = () =>
      shiftBody(clock.now(), {
        instant: true,
        headcount: 1,
        location: { ...place, address: '大连市测试路', district: districtAt(place) },
      });
    const [a, b] = await Promise.all([
      postShift(api, employer.token, body()),
      postShift(api, employer.token, body()),
    ]);
    await reader.waitFor((e) => createdFor(a.id)(e) || createdFor(b.id)(e), { count: 4 });
    const offers: { shift_id: string; worker_id: string; source: string }[] = await api.db.query(
      `SELECT shift_id, worker_id, source FROM offers WHERE shift_id = ANY($1::uuid[])`,
      [[a.id, b.id]],
    );
    expect(offers).toHaveLength(4);
    expect(new Set(offers.map((o) => o.worker_id)).size).toBe(4);
    expect(offers.filter((o) => o.shift_id === a.id)).toHaveLength(2);
    expect(offers.every((o) => o.source === 'batch')).toBe(true);
  }, 30_000);

  it('does not match a shift that is not instant', async () => {
    await online(0.2);
    const shift = await postShift(api, employer.token, shiftBody(clock.now(), { instant: false }));
    const instant = await postShift(
      api,
      employer.token,
      shiftBody(clock.now(), { instant: true, headcount: 1 }),
    );
    // Once the later instant shift has its offers, the earlier event was handled too.
    await reader.waitFor(createdFor(instant.id));
    expect(await offersOf(shift.id)).toEqual([]);
    expect(await api.count('matching_runs')).toBe(5);
  }, 30_000);
});
