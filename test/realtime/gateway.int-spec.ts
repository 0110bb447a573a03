import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { employerWithProfile, postShift, shiftBody } from '../listings/listings-factory';
import { createMarket } from '../markets/market-factory';
import { TEST_JWT_SECRET } from '../support/test-env';
import { Cluster, onlineWorker, TestClient } from './realtime-factory';
import { AppClock } from '../support/test-clock';
import { EventsReader } from '@app/events';

/**
 * The gateway's door and its rules: who may connect, which rooms a socket is
 * in, what a client may send and how fast. Two realtime nodes, a matcher and the
 * API on one database and Redis prefix.
 */
describe('realtime gateway: handshake, rooms, client events', () => {
  // The apps' clock stands at 10:00 in Dalian and runs: no result depends on the hour.
  const clock = AppClock.at('10:00');
  let cluster: Cluster;

  beforeAll(async () => {
    cluster = await Cluster.start({ ...clock.env, REALTIME_EVENTS_PER_SECOND: '5' });
  }, 60_000);
  afterAll(async () => {
    await cluster?.close();
  });

  const refused = async (client: TestClient) =>
    (await client.waitFor('connect_error')).data as { code: string; message: string };

  it('refuses a bad token, an expired token, no credentials and an unknown market at the handshake, with a code', async () => {
    const bad = cluster.connect({ token: 'not-a-token' }, 0, { pinned: true });
    expect(await refused(bad)).toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' });

    const worker = await cluster.api.signIn('worker');
    const expiredToken = new JwtService().sign(
      {
        sub: worker.id,
        sid: randomUUID(),
        role: 'worker',
        exp: Math.floor(Date.now() / 1000) - 60,
      },
      { secret: TEST_JWT_SECRET },
    );
    const expired = cluster.connect({ token: expiredToken }, 1, { pinned: true });
    expect(await refused(expired)).toMatchObject({ code: 'TOKEN_EXPIRED' });

    expect(await refused(cluster.connect({}, 0, { pinned: true }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const unknownMarket = cluster.connect({ board: '00000000-0000-4000-8000-000000000000' }, 1, {
      pinned: true,
    });
    expect(await refused(unknownMarket)).toMatchObject({ code: 'NOT_FOUND' });
    for (const c of [bad, expired, unknownMarket]) expect(c.count('connect')).toBe(0);

    // A good token and a listed market's screen get in.
    const admin = await cluster.api.signIn('admin');
    const market = await createMarket(cluster.api, admin.token);
    const board = cluster.connect({ board: market.id }, 1, { pinned: true });
    const ok = cluster.connect({ token: worker.token }, 0, { pinned: true });
    await Promise.all([board.connected(), ok.connected()]);
  });

  it('a worker cannot watch a shift that is not theirs; the employer and the offered worker can, and hear its updates', async () => {
    const employer = await employerWithProfile(cluster.api);
    const offered = await onlineWorker(cluster.api, 'waiter');
    const stranger = await cluster.api.signIn('worker');
    const reader = new EventsReader(cluster.api.redis);
    const shift = await postShift(
      cluster.api,
      employer.token,
      shiftBody(clock.now(), { instant: true, headcount: 1, tradeCode: 'waiter' }),
    );
    await reader.waitFor(
      (e) => e.type === 'offer.created' && e.rooms.includes(`worker:${offered.id}`),
    );

    const strangerSocket = cluster.connect({ token: stranger.token }, 0);
    const workerSocket = cluster.connect({ token: offered.token }, 1);
    const employerSocket = cluster.connect({ token: employer.token }, 0);
    await Promise.all([strangerSocket, workerSocket, employerSocket].map((c) => c.connected()));

    expect(await strangerSocket.request('shift.watch', { shiftId: shift.id })).toEqual({
      error: expect.objectContaining({ code: 'FORBIDDEN' }),
    });
    expect(
      await strangerSocket.request('shift.watch', {
        shiftId: '00000000-0000-4000-8000-000000000000',
      }),
    ).toEqual({ error: expect.objectContaining({ code: 'NOT_FOUND' }) });
    expect(await workerSocket.request('shift.watch', { shiftId: shift.id })).toEqual({ ok: true });
    expect(await employerSocket.request('shift.watch', { shiftId: shift.id })).toEqual({
      ok: true,
    });
    // There is no generic join: asking for another's rooms does nothing (checked below).
    strangerSocket.socket.emit('join', `worker:${offered.id}`);
    strangerSocket.socket.emit('join', { room: `shift:${shift.id}` });

    // The offered worker accepts: the watchers hear the fill; the stranger hears nothing of it.
    // Connected after the offer was made and without a lastEventId: the snapshot carries it.
    const snapshot = await workerSocket.waitFor('offers.snapshot');
    const offer = snapshot.items.find((o: { shiftId: string }) => o.shiftId === shift.id);
    expect(Date.parse(offer.expiresAt)).toBeGreaterThan(clock.now().getTime());
    const accepted = await cluster.api.post(`/api/v1/offers/${offer.id}/accept`, undefined, {
      token: offered.token,
    });
    expect(accepted.status).toBe(201);
    await workerSocket.waitFor('offer.closed', (p) => p.offerId === offer.id);
    // shift.updated goes to the employer's room and the shift's room, which the worker watches.
    const filled = (p: Record<string, any>) => p.shiftId === shift.id && p.filled === 1;
    await employerSocket.waitFor('shift.updated', filled);
    await workerSocket.waitFor('shift.updated', filled);
    expect(strangerSocket.received.some((r) => JSON.stringify(r.payload).includes(shift.id))).toBe(
      false,
    );
  });

  it('validates client events like HTTP bodies and names the field', async () => {
    const worker = await onlineWorker(cluster.api, 'cook');
    const client = cluster.connect({ token: worker.token }, 1);
    await client.connected();
    const bad = await client.request('presence', { lat: 200, lng: 121.6 });
    expect(bad.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ field: 'lat' })],
    });
    const unknown = await client.request('presence', { lat: 38.9, lng: 121.6, phone: 'x' });
    expect(unknown.error.code).toBe('UNKNOWN_FIELD');
    expect(unknown.error.details[0].field).toBe('phone');
    // Latitude -1 is a real latitude but not in the city: refused like over HTTP.
    const nowhere = await client.request('presence', { lat: -1, lng: 121.6 });
    expect(nowhere.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ field: 'location' })],
    });
    const watch = await client.request('shift.watch', { shiftId: 'abc' });
    expect(watch.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ field: 'shiftId' })],
    });

    // A good heartbeat keeps the worker in the candidate index (the same one HTTP presence feeds).
    await cluster.api.post(
      '/api/v1/workers/me/presence',
      { online: false },
      { token: worker.token },
    );
    const ok = await client.request('presence', { lat: 38.92, lng: 121.62 });
    expect(ok).toMatchObject({ ok: true, expiresAt: expect.any(String) });
    expect(await cluster.api.redis.geopos('presence:geo', worker.id)).not.toEqual([null]);

    // An employer's socket cannot send presence.
    const employer = await employerWithProfile(cluster.api);
    const employerSocket = cluster.connect({ token: employer.token }, 0);
    await employerSocket.connected();
    expect((await employerSocket.request('presence', { lat: 38.9, lng: 121.6 })).error.code).toBe(
      'FORBIDDEN',
    );
  });

  it('rate-limits client events per socket', async () => {
    const worker = await onlineWorker(cluster.api, 'cleaner');
    const client = cluster.connect({ token: worker.token }, 0);
    await client.connected();
    // The bucket holds 5 (REALTIME_EVENTS_PER_SECOND=5 in this file); 8 at once overflow it.
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => client.request('presence', { lat: 38.92, lng: 121.62 })),
    );
    const limited = answers.filter((a) => a.error?.code === 'RATE_LIMITED');
    expect(limited.length).toBeGreaterThanOrEqual(3);
    expect(answers.filter((a) => a.ok === true).length).toBeGreaterThanOrEqual(1);
  });
});
