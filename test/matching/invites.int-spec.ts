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
import { eventsSince, lastEventId, setClock } from './matching-factory';
import { GRAB_BODY } from '../support/grab-body';

const T0 = '2026-12-01T09:00:00+08:00';
const NOW = new Date(T0);
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

describe('POST /shifts/:id/invites and GET /offers/:id', () => {
  let api: TestApi;
  let employer: SignedIn;
  let worker: SignedIn;
  let shift: { id: string };
  let post: { id: string };

  const invite = (shiftId: string, body: unknown, token = employer.token, key?: string) =>
    api.post(`/api/v1/shifts/${shiftId}/invites`, body, {
      token,
      headers: key ? { 'Idempotency-Key': key } : {},
    });
  const offersOf = async (shiftId: string) =>
    (await api.db.query(`SELECT count(*)::int AS n FROM offers WHERE shift_id = $1`, [shiftId]))[0]
      .n as number;

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: T0 });
    employer = await employerWithProfile(api);
    shift = await postShift(
      api,
      employer.token,
      shiftBody(NOW, { location: site(2), headcount: 2 }),
    );
    // Not online: an invite needs no presence.
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
  });
  afterAll(() => api.close());

  let offerId: string;

  it('invites the author of a post: the worker sees the offer and gets offer.created; a retry with the same key changes nothing', async () => {
    const since = await lastEventId(api);
    const res = await invite(shift.id, { postId: post.id }, employer.token, 'invite-1');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      shiftId: shift.id,
      status: 'pending',
      // INVITE_TTL_SECONDS defaults to half an hour.
      expiresAt: '2026-12-01T09:30:00.000+08:00',
      shift: { id: shift.id, distanceKm: expect.closeTo(2, 2) },
    });
    expect(res.body.score.parts.distance).toBeCloseTo(1 - 2 / 15, 3);
    offerId = res.body.id;

    const mine = await api.get('/api/v1/workers/me/offers', { token: worker.token });
    expect(mine.body.items.map((o: any) => o.id)).toEqual([offerId]);
    const events = await eventsSince(api, since, 'offer.created');
    expect(events).toHaveLength(1);
    expect(events[0]!.rooms).toEqual([`worker:${worker.id}`]);
    expect(events[0]!.data).toMatchObject({ offerId, shift: { id: shift.id } });

    const again = await invite(shift.id, { postId: post.id }, employer.token, 'invite-1');
    expect(again.status).toBe(201);
    expect(again.body).toEqual(res.body);
    expect(await offersOf(shift.id)).toBe(1);
    expect(await eventsSince(api, since, 'offer.created')).toHaveLength(1);
  });

  it('a second invite of the same worker to the shift is 409 ALREADY_OFFERED', async () => {
    const res = await invite(shift.id, { workerId: worker.id });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ALREADY_OFFERED');
    expect(await offersOf(shift.id)).toBe(1);
  });

  it('shows why the offer was made to the worker, the owner and admins, and to nobody else', async () => {
    const url = `/api/v1/offers/${offerId}`;
    const asWorker = await api.get(url, { token: worker.token });
    expect(asWorker.status).toBe(200);
    expect(asWorker.body).toMatchObject({
      id: offerId,
      workerId: worker.id,
      source: 'invite',
      wave: 0,
      status: 'pending',
      distanceKm: expect.closeTo(2, 2),
      closedAt: null,
      createdAt: '2026-12-01T09:00:00.000+08:00',
      score: {
        total: expect.any(Number),
        parts: expect.objectContaining({ distance: expect.any(Number), skill: 0.75 }),
      },
    });
    const asOwner = await api.get(url, { token: employer.token });
    expect(asOwner.status).toBe(200);
    expect(asOwner.body.score).toEqual(asWorker.body.score);
    const admin = await api.signIn('admin');
    const asAdmin = await api.get(url, { token: admin.token });
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body.score).toEqual(asWorker.body.score);

    const stranger = await workerWithProfile(api);
    const asStranger = await api.get(url, { token: stranger.token });
    expect(asStranger.status).toBe(403);
    const otherEmployer = await employerWithProfile(api);
    expect((await api.get(url, { token: otherEmployer.token })).status).toBe(403);
    const unknown = await api.get('/api/v1/offers/00000000-0000-4000-8000-000000000000', {
      token: admin.token,
    });
    expect(unknown.status).toBe(404);
  });

  it('the worker accepts the invite through the usual accept and gets a seat', async () => {
    const res = await api.post(`/api/v1/offers/${offerId}/accept`, undefined, {
      token: worker.token,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ shiftId: shift.id, status: 'pending_confirm' });
    const offer = await api.get(`/api/v1/offers/${offerId}`, { token: employer.token });
    expect(offer.body).toMatchObject({ status: 'accepted', closeReason: 'accepted' });
  });

  it('refuses an ineligible worker with every reason named, and writes nothing', async () => {
    // A cook who travels 1 km at most (home ~5 km away) and wants ¥50/hour.
    const cook = await workerWithProfile(api, {
      availability: [],
      trades: [{ code: 'cook', level: 3 }],
      maxTravelKm: 1,
      minPay: { unit: 'hour', amountFen: 5000 },
    });
    const since = await lastEventId(api);
    const res = await api.post(
      `/api/v1/shifts/${shift.id}/invites`,
      { workerId: cook.id },
      { token: employer.token, headers: { 'Accept-Language': 'en' } },
    );
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('WORKER_NOT_ELIGIBLE');
    expect(res.body.error.details).toEqual([
      { field: 'workerId', message: "does not list the shift's trade" },
      { field: 'workerId', message: 'the pay is below their minimum' },
      { field: 'workerId', message: 'the site is beyond their travel distance' },
    ]);
    const zh = await invite(shift.id, { workerId: cook.id });
    expect(zh.body.error.details[0].message).toBe('资料中没有该岗位的工种');
    expect(await offersOf(shift.id)).toBe(1);
    expect(await eventsSince(api, since)).toEqual([]);
  });

  it("refuses another employer's invite, a full shift and a body naming both or neither", async () => {
    const other = await employerWithProfile(api);
    const notMine = await invite(shift.id, { postId: post.id }, other.token);
    expect(notMine.status).toBe(403);
    expect(notMine.body.error.code).toBe('FORBIDDEN');

    const small = await postShift(
      api,
      employer.token,
      shiftBody(NOW, { location: site(1), headcount: 1 }),
    );
    const grabber = await workerWithProfile(api, { availability: [] });
    expect(
      (await api.post(`/api/v1/shifts/${small.id}/grab`, GRAB_BODY, { token: grabber.token }))
        .status,
    ).toBe(201);
    const full = await invite(small.id, { postId: post.id });
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('SHIFT_FULL');

    const both = await invite(shift.id, { postId: post.id, workerId: worker.id });
    expect(both.status).toBe(400);
    expect(both.body.error.details[0].field).toBe('workerId');
    expect((await invite(shift.id, {})).status).toBe(400);
    expect(await offersOf(small.id)).toBe(0);
  });

  it('an invite not answered within INVITE_TTL_SECONDS can no longer be accepted', async () => {
    const late = await workerWithProfile(api, { availability: [] });
    const res = await invite(shift.id, { workerId: late.id });
    expect(res.status).toBe(201);
    setClock(api, new Date(NOW.getTime() + 31 * 60_000));
    const accept = await api.post(`/api/v1/offers/${res.body.id}/accept`, undefined, {
      token: late.token,
    });
    expect(accept.status).toBe(409);
    expect(accept.body.error.code).toBe('OFFER_EXPIRED');
    const offer = await api.get(`/api/v1/offers/${res.body.id}`, { token: employer.token });
    expect(offer.body).toMatchObject({ status: 'expired', closeReason: 'expired' });
  });
});
