import { Clock, type FixedClock } from '@app/common';
import { CandidatesService, type RankedCandidate } from '@app/matching';
import {
  employerWithProfile,
  insertShifts,
  northOfCentre,
  postShift,
  shiftBody,
  workerWithProfile,
} from '../listings/listings-factory';
import type { SignedIn } from '../support/test-api';
import { startApi, type TestApi } from '../support/test-api';

const T0 = '2026-12-01T09:00:00+08:00';
const NOW = new Date(T0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The scenario: a shift at CENTRE (loader, 11:00–15:00, ¥30/hour) and a
 * crowd of workers around it. Weights: distance .30, skill .15, rating .15,
 * reliability .15, fairness .15, favourite .10.
 */
describe('CandidatesService.rank', () => {
  let api: TestApi;
  let candidates: CandidatesService;
  let employer: SignedIn;
  let shift: { id: string };
  const w: Record<string, SignedIn> = {};

  async function online(
    name: string,
    km: number,
    profile: Record<string, unknown> = {},
  ): Promise<SignedIn> {
    const worker = await workerWithProfile(api, { availability: [], ...profile });
    const res = await api.post(
      '/api/v1/workers/me/presence',
      { online: true, location: northOfCentre(km) },
      { token: worker.token },
    );
    if (res.status !== 200) throw new Error(`presence: ${res.status} ${JSON.stringify(res.body)}`);
    w[name] = worker;
    return worker;
  }

  const loader = (level: number) => ({ trades: [{ code: 'loader', level }] });

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: T0 });
    candidates = api.app.get(CandidatesService);
    (api.app.get(Clock) as FixedClock).set(T0);
    employer = await employerWithProfile(api);
    // Not instant, so no matcher wave reacts to it while the test looks at candidates.
    shift = await postShift(api, employer.token, shiftBody(NOW, { instant: false }));

    // Five eligible workers.
    await online('a', 0.5, loader(3));
    await online('b', 1, loader(5));
    await online('c', 2, loader(4));
    await online('d', 3, loader(5));
    await online('e', 4, loader(2));
    // B is this employer's favourite.
    await api.db.query(`INSERT INTO employer_favourites (employer_id, worker_id) VALUES ($1, $2)`, [
      employer.id,
      w.b!.id,
    ]);
    // C has two completed shifts last week, each rated 5★ by the employer.
    const past = await insertShifts(api, employer.id, 2, (i) => ({
      ...northOfCentre(1),
      startsAt: new Date(NOW.getTime() - (7 - i) * DAY),
      status: 'completed',
    }));
    for (const pastShift of past) {
      const [{ id }] = await api.db.query(
        `INSERT INTO assignments (shift_id, worker_id, source, status, period)
         SELECT id, $2, 'grab', 'completed', tstzrange(starts_at, ends_at) FROM shifts WHERE id = $1
         RETURNING id`,
        [pastShift, w.c!.id],
      );
      await api.db.query(
        `INSERT INTO ratings (assignment_id, rater_id, ratee_id, stars) VALUES ($1, $2, $3, 5)`,
        [id, employer.id, w.c!.id],
      );
    }
    // D got an offer for another shift 30 minutes ago.
    const [other] = await insertShifts(api, employer.id, 1, () => ({
      ...northOfCentre(2),
      startsAt: new Date(NOW.getTime() + DAY),
    }));
    await api.db.query(
      `INSERT INTO offers (shift_id, worker_id, expires_at, created_at)
       VALUES ($1, $2, $3, $4)`,
      [
        other,
        w.d!.id,
        new Date(NOW.getTime() - 28 * 60_000),
        new Date(NOW.getTime() - 30 * 60_000),
      ],
    );

    // Online but not eligible or not near.
    await online('outsideRadius', 6, loader(5));
    await online('beyondMaxTravel', 3.5, { ...loader(5), maxTravelKm: 3 });
    await online('noTrade', 1, { trades: [{ code: 'mover', level: 5 }] });
    const busy = await online('busy', 1, loader(5));
    const [overlapping] = await insertShifts(api, employer.id, 1, () => ({
      ...northOfCentre(1),
      startsAt: new Date(NOW.getTime() + 3 * HOUR), // 12:00–16:00 overlaps 11:00–15:00
    }));
    await api.db.query(
      `INSERT INTO assignments (shift_id, worker_id, source, status, period)
       SELECT id, $2, 'grab', 'confirmed', tstzrange(starts_at, ends_at) FROM shifts WHERE id = $1`,
      [overlapping, busy.id],
    );
    // Offline: a profile close by, but never online.
    w.offline = await workerWithProfile(api, { ...loader(5), availability: [] });
  });
  afterAll(() => api.close());

  const ids = (ranked: RankedCandidate[]) => ranked.map((r) => r.workerId);

  it('returns exactly the five eligible workers, best score first, each with its breakdown', async () => {
    const ranked = await candidates.rank(shift.id, { radiusKm: 5, limit: 20 });
    expect(ids(ranked)).toEqual([w.b!.id, w.a!.id, w.c!.id, w.d!.id, w.e!.id]);
    const totals = ranked.map((r) => r.score.total);
    expect(totals).toEqual([...totals].sort((x, y) => y - x));

    const [b, a, c, d, e] = ranked;
    expect(b!.score).toEqual({
      total: 0.8725,
      parts: { distance: 0.8, skill: 1, rating: 0.75, reliability: 0.8, fairness: 1, favourite: 1 },
    });
    expect(a!.score.total).toBeCloseTo(0.7275, 3);
    expect(a!.distanceKm).toBeCloseTo(0.5, 2);
    // Two 5★ ratings pull C's rating above the 4★ prior; two completions lift reliability.
    expect(c!.score.parts).toMatchObject({
      skill: 0.75,
      rating: 0.85,
      reliability: 0.8571,
      favourite: 0,
    });
    // D was offered something 30 minutes ago: a quarter of the two-hour fairness window.
    expect(d!.score.parts.fairness).toBe(0.25);
    expect(e!.score.parts).toMatchObject({ skill: 0.25, fairness: 1 });
    expect(e!.distanceKm).toBeCloseTo(4, 2);
  });

  it('explains why each of the others is left out', async () => {
    const reasons = async (name: string) =>
      (await candidates.explain(shift.id, w[name]!.id)).reasons;
    expect(await reasons('beyondMaxTravel')).toEqual(['too_far']);
    expect(await reasons('noTrade')).toEqual(['trade_missing']);
    expect(await reasons('busy')).toEqual(['busy']);
    expect(await reasons('offline')).toEqual(['offline']);
    const far = await candidates.explain(shift.id, w.outsideRadius!.id);
    expect(far.eligible).toBe(true); // eligible, merely outside this 5 km search
    expect(far.distanceKm).toBeCloseTo(6, 2);
    const b = await candidates.explain(shift.id, w.b!.id, { radiusKm: 5 });
    expect(b).toMatchObject({ eligible: true, reasons: [], score: { total: 0.8725 } });
  });

  it('widens to the worker outside the first radius when the radius grows', async () => {
    const ranked = await candidates.rank(shift.id, { radiusKm: 8, limit: 20 });
    expect(ids(ranked)).toContain(w.outsideRadius!.id);
    expect(ids(ranked)).not.toContain(w.beyondMaxTravel!.id);
    expect(ranked).toHaveLength(6);
  });

  it('honours limit and excludeWorkerIds', async () => {
    const top2 = await candidates.rank(shift.id, { radiusKm: 5, limit: 2 });
    expect(ids(top2)).toEqual([w.b!.id, w.a!.id]);
    const withoutB = await candidates.rank(shift.id, {
      radiusKm: 5,
      limit: 2,
      excludeWorkerIds: [w.b!.id],
    });
    expect(ids(withoutB)).toEqual([w.a!.id, w.c!.id]);
  });

  it('leaves out a worker who already has an offer for this shift, whatever its status', async () => {
    await api.db.query(
      `INSERT INTO offers (shift_id, worker_id, status, close_reason, expires_at, closed_at)
       VALUES ($1, $2, 'declined', 'declined', $3, $3)`,
      [shift.id, w.a!.id, NOW],
    );
    const ranked = await candidates.rank(shift.id, { radiusKm: 5, limit: 20 });
    expect(ids(ranked)).toEqual([w.b!.id, w.c!.id, w.d!.id, w.e!.id]);
    expect((await candidates.explain(shift.id, w.a!.id)).reasons).toEqual(['already_offered']);
  });

  it('drops a worker who goes offline', async () => {
    await api.post('/api/v1/workers/me/presence', { online: false }, { token: w.e!.token });
    const ranked = await candidates.rank(shift.id, { radiusKm: 5, limit: 20 });
    expect(ids(ranked)).not.toContain(w.e!.id);
  });
});
