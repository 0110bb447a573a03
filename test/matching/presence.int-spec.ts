import { Clock, type FixedClock } from '@app/common';
import { PresenceService } from '@app/matching';
import { CENTRE, northOfCentre, workerWithProfile } from '../listings/listings-factory';
import { startApi, type TestApi } from '../support/test-api';

const T0 = '2026-12-01T09:00:00+08:00';
const at = (seconds: number) => new Date(new Date(T0).getTime() + seconds * 1000);
const PRESENCE = '/api/v1/workers/me/presence';

describe('POST /api/v1/workers/me/presence and the candidate index', () => {
  let api: TestApi;
  let presence: PresenceService;
  let clock: FixedClock;

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: T0 });
    presence = api.app.get(PresenceService);
    clock = api.app.get(Clock) as FixedClock;
  });
  afterAll(() => api.close());
  beforeEach(() => clock.set(T0));

  const nearbyIds = async (km = 5) => (await presence.nearby(CENTRE, km)).map((w) => w.workerId);

  it('puts an online worker into the index at their position, for PRESENCE_TTL_SECONDS (90)', async () => {
    const worker = await workerWithProfile(api);
    const res = await api.post(
      PRESENCE,
      { online: true, location: northOfCentre(2) },
      { token: worker.token },
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ online: true, expiresAt: '2026-12-01T09:01:30.000+08:00' });

    const found = (await presence.nearby(CENTRE, 5)).find((w) => w.workerId === worker.id);
    expect(found?.distanceKm).toBeCloseTo(2, 2);
    expect(await nearbyIds(1)).not.toContain(worker.id);
    const ttl = await api.redis.ttl(`presence:hb:${worker.id}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(90);
  });

  it('answers a crowded circle with the nearest workers only, as many as asked', async () => {
    const kms = [0.3, 0.1, 0.2];
    const crowd = await Promise.all(kms.map(() => workerWithProfile(api)));
    for (const [i, worker] of crowd.entries()) {
      await api.post(
        PRESENCE,
        { online: true, location: northOfCentre(kms[i]!) },
        { token: worker.token },
      );
    }
    const nearest = await presence.nearby(CENTRE, 5, 2);
    expect(nearest.map((w) => w.workerId)).toEqual([crowd[1]!.id, crowd[2]!.id]);
  });

  it('takes a worker out of the index at once when they go offline', async () => {
    const worker = await workerWithProfile(api);
    await api.post(PRESENCE, { online: true, location: northOfCentre(1) }, { token: worker.token });
    expect(await nearbyIds()).toContain(worker.id);

    const res = await api.post(PRESENCE, { online: false }, { token: worker.token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ online: false, expiresAt: null });
    expect(await nearbyIds()).not.toContain(worker.id);
    expect(await presence.expiresAt(worker.id)).toBeNull();
    expect(await api.redis.exists(`presence:hb:${worker.id}`)).toBe(0);
  });

  it('drops a worker whose heartbeats stop, and keeps one whose heartbeats go on', async () => {
    const silent = await workerWithProfile(api);
    const beating = await workerWithProfile(api);
    for (const w of [silent, beating]) {
      await api.post(PRESENCE, { online: true, location: northOfCentre(1.5) }, { token: w.token });
    }
    clock.set(at(60));
    const again = await api.post(
      PRESENCE,
      { online: true, location: northOfCentre(1.2) },
      { token: beating.token },
    );
    expect(again.body.expiresAt).toBe('2026-12-01T09:02:30.000+08:00');

    clock.set(at(90)); // exactly the TTL: still present
    expect(await nearbyIds()).toEqual(expect.arrayContaining([silent.id, beating.id]));

    clock.set(at(91));
    const ids = await nearbyIds();
    expect(ids).toContain(beating.id);
    expect(ids).not.toContain(silent.id);
    // Pruned from Redis, not only hidden: the GEO set no longer holds the member.
    expect(await api.redis.zscore('presence:geo', silent.id)).toBeNull();
    expect(await presence.expiresAt(silent.id)).toBeNull();
    expect(
      (await presence.nearby(CENTRE, 5)).find((w) => w.workerId === beating.id)?.distanceKm,
    ).toBeCloseTo(1.2, 2);

    clock.set(at(151));
    expect(await nearbyIds()).not.toContain(beating.id);
  });

  it('lets the socket heartbeat keep a worker online through the same service', async () => {
    const worker = await workerWithProfile(api);
    await presence.heartbeat(worker.id, northOfCentre(3));
    clock.set(at(80));
    await presence.heartbeat(worker.id, northOfCentre(3));
    clock.set(at(160));
    expect(await nearbyIds()).toContain(worker.id);
    expect(await presence.prune(at(171))).toBeGreaterThanOrEqual(1);
    expect(await nearbyIds()).not.toContain(worker.id);
  });

  it('refuses going online without a location, naming the field', async () => {
    const worker = await workerWithProfile(api);
    const res = await api.post(PRESENCE, { online: true }, { token: worker.token });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details.map((d: any) => d.field)).toContain('location');
    expect(await nearbyIds()).not.toContain(worker.id);
  });

  it('refuses a bad latitude and a missing online flag, naming each field', async () => {
    const worker = await workerWithProfile(api);
    const badLat = await api.post(
      PRESENCE,
      { online: true, location: { lat: 95, lng: CENTRE.lng } },
      { token: worker.token },
    );
    expect(badLat.status).toBe(400);
    expect(badLat.body.error.details.map((d: any) => d.field)).toContain('location.lat');
    const noFlag = await api.post(PRESENCE, { location: CENTRE }, { token: worker.token });
    expect(noFlag.status).toBe(400);
    expect(noFlag.body.error.details.map((d: any) => d.field)).toContain('online');
    expect(await nearbyIds()).not.toContain(worker.id);
  });

  it('needs a worker profile (409 PROFILE_REQUIRED), the worker role (403) and a token (401)', async () => {
    const bare = await api.signIn('worker');
    const noProfile = await api.post(
      PRESENCE,
      { online: true, location: CENTRE },
      { token: bare.token },
    );
    expect(noProfile.status).toBe(409);
    expect(noProfile.body.error.code).toBe('PROFILE_REQUIRED');
    expect(await nearbyIds()).not.toContain(bare.id);

    const employer = await api.signIn('employer');
    const asEmployer = await api.post(
      PRESENCE,
      { online: true, location: CENTRE },
      { token: employer.token },
    );
    expect(asEmployer.status).toBe(403);
    expect((await api.post(PRESENCE, { online: false })).status).toBe(401);
  });
});
