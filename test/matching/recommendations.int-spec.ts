import {
  employerWithProfile,
  isoAfter,
  districtAt,
  KM_PER_DEGREE,
  postShift,
  shiftBody,
  workerWithProfile,
} from '../listings/listings-factory';
import type { SignedIn } from '../support/test-api';
import { startApi, type TestApi } from '../support/test-api';
import { GRAB_BODY } from '../support/grab-body';

const T0 = '2026-12-01T09:00:00+08:00';
const NOW = new Date(T0);
/** The post's area: already on the ~1 km grid posts are rounded to, so distances are exact. */
const AREA = { lat: 38.91, lng: 121.61 };
const north = (km: number) => ({
  lat: Number((AREA.lat + km / KM_PER_DEGREE).toFixed(6)),
  lng: AREA.lng,
});
const site = (km: number) => ({
  ...north(km),
  address: '大连市人民路 1 号',
  district: districtAt(north(km)),
});

/**
 * A loader (level 4, max travel 15 km, minimum ¥25/hour, any time of the week) posts
 * 求职信息 for today 10:00–21:00 and asks which shifts suit them.
 */
describe('GET /worker-posts/:id/recommendations', () => {
  let api: TestApi;
  let worker: SignedIn;
  let employer: SignedIn;
  let post: { id: string };
  const shift: Record<string, { id: string }> = {};

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: T0 });
    worker = await workerWithProfile(api, { availability: [] });
    const res = await api.post(
      '/api/v1/worker-posts',
      {
        title: '熟练装卸工',
        tradeCodes: ['loader'],
        area: { ...AREA, district: '中山区' },
        availableFrom: isoAfter(NOW, 1),
        availableTo: isoAfter(NOW, 12),
      },
      { token: worker.token },
    );
    expect(res.status).toBe(201);
    post = res.body;

    employer = await employerWithProfile(api);
    const at = (name: string, overrides: Record<string, unknown>) =>
      postShift(api, employer.token, shiftBody(NOW, overrides)).then((s) => (shift[name] = s));
    // Eligible, at 0.5, 3 and 8 km: the score's distance part ranks them.
    await at('near', { location: site(0.5) });
    await at('mid', { location: site(3) });
    await at('farther', { location: site(8), pay: { unit: 'day', amountFen: 30000 } });
    // Each is wrong in exactly one way.
    await at('wrongTrade', { location: site(0.5), tradeCode: 'cook' });
    await at('tooFar', { location: site(20) });
    await at('outsideWindow', {
      location: site(0.5),
      startsAt: isoAfter(NOW, 10),
      endsAt: isoAfter(NOW, 14),
    });
    await at('payTooLow', { location: site(0.5), pay: { unit: 'hour', amountFen: 2000 } });
    await at('needsCertificate', {
      location: site(0.5),
      requirements: { certificates: ['forklift_license'], minCredit: 0 },
    });
    await at('full', { location: site(0.5), headcount: 1 });
    const other = await workerWithProfile(api, { availability: [] });
    const grab = await api.post(`/api/v1/shifts/${shift.full!.id}/grab`, GRAB_BODY, {
      token: other.token,
    });
    expect(grab.status).toBe(201);
  });
  afterAll(() => api.close());

  it('recommends only the shifts the worker is eligible for, best score first, with the breakdown', async () => {
    const res = await api.get(`/api/v1/worker-posts/${post.id}/recommendations`, {
      token: worker.token,
    });
    expect(res.status).toBe(200);
    const items: any[] = res.body.items;
    expect(items.map((i) => i.shift.id)).toEqual([
      shift.near!.id,
      shift.mid!.id,
      shift.farther!.id,
    ]);
    expect(items.map((i) => i.distanceKm)).toEqual([
      expect.closeTo(0.5, 2),
      expect.closeTo(3, 2),
      expect.closeTo(8, 2),
    ]);
    const totals = items.map((i) => i.score.total);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    expect(totals[0]).toBeGreaterThan(totals[2]);
    // Distance is scaled by the worker's max travel distance (15 km); the rest is the same for all.
    expect(items[0].score.parts).toEqual({
      distance: expect.closeTo(1 - 0.5 / 15, 3),
      skill: 0.75,
      rating: 0.75,
      reliability: 0.8,
      fairness: 1,
      favourite: 0,
    });
    expect(items[2].score.parts.distance).toBeCloseTo(1 - 8 / 15, 3);
    expect(items[0].shift).toMatchObject({ status: 'open', seatsLeft: 3, tradeCode: 'loader' });
    expect(res.body.nextCursor).toBeUndefined();
  });

  it('leaves out a shift the worker is already booked at the same time for', async () => {
    const busy = await postShift(
      api,
      employer.token,
      shiftBody(NOW, { location: site(1), startsAt: isoAfter(NOW, 7), endsAt: isoAfter(NOW, 9) }),
    );
    const before = await api.get(`/api/v1/worker-posts/${post.id}/recommendations`, {
      token: worker.token,
    });
    expect(before.body.items.map((i: any) => i.shift.id)).toContain(busy.id);
    const overlapping = await postShift(
      api,
      employer.token,
      shiftBody(NOW, { location: site(30), startsAt: isoAfter(NOW, 8), endsAt: isoAfter(NOW, 11) }),
    );
    const grab = await api.post(`/api/v1/shifts/${overlapping.id}/grab`, GRAB_BODY, {
      token: worker.token,
    });
    expect(grab.status).toBe(201);
    const after = await api.get(`/api/v1/worker-posts/${post.id}/recommendations`, {
      token: worker.token,
    });
    expect(after.body.items.map((i: any) => i.shift.id)).not.toContain(busy.id);
    expect(after.body.items.map((i: any) => i.shift.id)).toContain(shift.near!.id);
  });

  it("refuses anyone but the post's author, and an unknown post", async () => {
    const stranger = await workerWithProfile(api);
    const url = `/api/v1/worker-posts/${post.id}/recommendations`;
    const res = await api.get(url, { token: stranger.token });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    expect((await api.get(url, { token: employer.token })).status).toBe(403);
    expect((await api.get(url)).status).toBe(401);
    const unknown = await api.get(
      '/api/v1/worker-posts/00000000-0000-4000-8000-000000000000/recommendations',
      { token: worker.token },
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
  });

  it('a closed post gets no recommendations', async () => {
    const closed = await api.post(`/api/v1/worker-posts/${post.id}/close`, undefined, {
      token: worker.token,
    });
    expect(closed.status).toBe(200);
    const res = await api.get(`/api/v1/worker-posts/${post.id}/recommendations`, {
      token: worker.token,
    });
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
  });
});
