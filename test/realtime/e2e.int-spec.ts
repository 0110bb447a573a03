import { employerWithProfile, postShift, shiftBody } from '../listings/listings-factory';
import { createMarket } from '../markets/market-factory';
import { Cluster, onlineWorker } from './realtime-factory';
import { AppClock } from '../support/test-clock';
import { EventsReader, StreamEvent } from '@app/events';

const PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** A payload as text without its ids, whose hex groups can hold eleven digits in a row. */
const withoutIds = (payload: unknown) => JSON.stringify(payload).replace(UUID, '');

/**
 * The story over sockets: the API, a matcher and two realtime nodes as
 * processes. Offers live 4 s here so that expiry is quick to reach.
 */
describe('realtime end to end: two nodes', () => {
  // The apps' clock stands at 10:00 in Dalian and runs: no result depends on the hour.
  const clock = AppClock.at('10:00');
  let cluster: Cluster;
  let reader: EventsReader;

  beforeAll(async () => {
    cluster = await Cluster.start({ ...clock.env, OFFER_TTL_SECONDS: '4' });
    reader = new EventsReader(cluster.api.redis);
  }, 60_000);
  afterAll(async () => {
    await cluster?.close();
  });

  const forWorker = (type: string, workerId: string, shiftId: string) => (e: StreamEvent) =>
    e.type === type &&
    e.rooms.includes(`worker:${workerId}`) &&
    JSON.stringify(e.data).includes(shiftId);

  it('a posted shift reaches the worker on node B, the employer on node A and a board, with growing eventIds', async () => {
    const admin = await cluster.api.signIn('admin');
    const market = await createMarket(cluster.api, admin.token);
    const employer = await employerWithProfile(cluster.api);
    const worker = await onlineWorker(cluster.api, 'mover');

    const employerSocket = cluster.connect({ token: employer.token }, 0);
    const workerSocket = cluster.connect({ token: worker.token }, 1);
    const boardA = cluster.connect({ board: market.id }, 0);
    const boardB = cluster.connect({ board: market.id }, 1);
    await Promise.all([employerSocket, workerSocket, boardA, boardB].map((c) => c.connected()));
    await Promise.all([boardA, boardB].map((b) => b.waitFor('board.snapshot')));

    const shift = await postShift(
      cluster.api,
      employer.token,
      shiftBody(clock.now(), {
        instant: true,
        headcount: 1,
        tradeCode: 'mover',
        marketId: market.id,
      }),
    );
    const offer = await workerSocket.waitFor('offer.created', (p) => p.shift.id === shift.id);
    expect(offer).toMatchObject({
      offerId: expect.any(String),
      eventId: expect.stringMatching(/^\d+$/),
    });
    expect(Date.parse(offer.expiresAt)).toBeGreaterThan(clock.now().getTime());
    const update = await employerSocket.waitFor('shift.updated', (p) => p.shiftId === shift.id);
    expect(update).toMatchObject({ status: 'open', filled: 0, headcount: 1 });
    expect(Number(offer.eventId)).toBeGreaterThan(Number(update.eventId));

    for (const board of [boardA, boardB]) {
      await board.waitFor('board.delta', (p) => JSON.stringify(p).includes(shift.id));
      for (const { payload } of board.received) expect(withoutIds(payload)).not.toMatch(PHONE);
    }
    // Each event reached each socket once, though both nodes read the stream.
    expect(workerSocket.count('offer.created')).toBe(1);

    const metrics = await (await fetch(`${cluster.nodes[1]!.url}/metrics`)).text();
    expect(metrics).toMatch(/realtime_connected_sockets\{kind="worker"\} [1-9]/);
    expect(metrics).toMatch(/realtime_connected_sockets\{kind="board"\} [1-9]/);
    expect(metrics).toMatch(/realtime_delivery_lag_seconds_count/);
  });

  it('a worker away while an offer is made reconnects to the other node with lastEventId and gets it, still live', async () => {
    const employer = await employerWithProfile(cluster.api);
    const worker = await onlineWorker(cluster.api, 'courier');
    const phone = cluster.connect({ token: worker.token }, 0);
    await phone.waitFor('offers.snapshot');
    const lastEventId = phone.lastEventId!;
    expect(lastEventId).toMatch(/^\d+$/);
    phone.close();

    const shift = await postShift(
      cluster.api,
      employer.token,
      shiftBody(clock.now(), { instant: true, headcount: 1, tradeCode: 'courier' }),
    );
    await reader.waitFor(forWorker('offer.created', worker.id, shift.id));

    const back = cluster.connect({ token: worker.token, lastEventId }, 1);
    const offer = await back.waitFor('offer.created', (p) => p.shift.id === shift.id);
    expect(Date.parse(offer.expiresAt)).toBeGreaterThan(clock.now().getTime());
    // Replayed from the stream, not a snapshot.
    expect(back.count('offers.snapshot')).toBe(0);
  });

  it('a worker back after the offer expired sees it closed: replayed offer.closed, or absent from the snapshot', async () => {
    const employer = await employerWithProfile(cluster.api);
    const worker = await onlineWorker(cluster.api, 'security_guard');
    const phone = cluster.connect({ token: worker.token }, 1);
    await phone.waitFor('offers.snapshot');
    const lastEventId = phone.lastEventId!;
    phone.close();

    const shift = await postShift(
      cluster.api,
      employer.token,
      shiftBody(clock.now(), { instant: true, headcount: 1, tradeCode: 'security_guard' }),
    );
    const [created] = await reader.waitFor(forWorker('offer.created', worker.id, shift.id));
    await reader.waitFor(
      (e) =>
        forWorker('offer.closed', worker.id, shift.id)(e) &&
        (e.data as { reason: string }).reason === 'expired',
    );

    // With lastEventId: the offer and its expiry, in order.
    const replayed = cluster.connect({ token: worker.token, lastEventId }, 0);
    const closed = await replayed.waitFor('offer.closed', (p) => p.shiftId === shift.id);
    expect(closed).toMatchObject({
      reason: 'expired',
      offerId: (created!.data as { offerId: string }).offerId,
    });
    const order = replayed.received.map((r) => r.type).filter((t) => t.startsWith('offer.'));
    expect(order).toEqual(['offer.created', 'offer.closed']);

    // Without one: a fresh snapshot, which no longer lists the expired offer.
    const fresh = cluster.connect({ token: worker.token }, 1);
    const snapshot = await fresh.waitFor('offers.snapshot');
    expect(snapshot.items.some((o: { shiftId: string }) => o.shiftId === shift.id)).toBe(false);
    expect(fresh.count('offer.created')).toBe(0);

    // And a lastEventId the stream no longer holds gets the snapshot too.
    const stale = cluster.connect({ token: worker.token, lastEventId: '999999999' }, 0);
    const staleSnapshot = await stale.waitFor('offers.snapshot');
    expect(staleSnapshot.items).toEqual([]);
  });
});
