import { employerWithProfile, postShift, shiftBody } from '../listings/listings-factory';
import { freePort, stopProcess } from '../support/processes';
import type { SignedIn } from '../support/test-api';
import { Cluster, onlineWorker, TestClient } from './realtime-factory';
import { AppClock } from '../support/test-clock';
import { EventsReader } from '@app/events';

/**
 * Realtime nodes going away under connected phones: drained on SIGTERM, killed
 * with SIGKILL. Clients know every node's URL and move on a connection error or
 * `server.draining`; no event addressed to them is lost.
 */
describe('realtime failover', () => {
  // The apps' clock stands at 10:00 in Dalian and runs: no result depends on the hour.
  const clock = AppClock.at('10:00');
  let cluster: Cluster;
  let reader: EventsReader;
  let employer: SignedIn;
  const workers: SignedIn[] = [];

  beforeAll(async () => {
    cluster = await Cluster.start(clock.env);
    reader = new EventsReader(cluster.api.redis);
    employer = await employerWithProfile(cluster.api);
    for (const km of [0.5, 1]) workers.push(await onlineWorker(cluster.api, 'loader', km));
  }, 60_000);
  afterAll(async () => {
    await cluster?.close();
  });

  const post = () =>
    postShift(
      cluster.api,
      employer.token,
      shiftBody(clock.now(), { instant: true, headcount: 1, tradeCode: 'loader' }),
    );

  /** Every event of `room` published after `afterEventId` (exclusive, in stream order). */
  async function eventIdsFor(room: string, afterEventId: string): Promise<string[]> {
    const all = await reader.range();
    const start = all.findIndex((e) => e.eventId === afterEventId);
    return all
      .slice(start + 1)
      .filter((e) => e.rooms.includes(room))
      .map((e) => e.eventId);
  }

  function waitForEventId(client: TestClient, eventId: string): Promise<unknown> {
    return Promise.race(
      ['offer.created', 'offer.closed', 'shift.updated', 'assignment.updated'].map((type) =>
        client.waitFor(type, (p) => p.eventId === eventId),
      ),
    );
  }

  it('SIGTERM: clients are told to go, reconnect to the other node, and the node exits 0', async () => {
    const phones = workers.map((w) => cluster.connect({ token: w.token }, 0));
    const boss = cluster.connect({ token: employer.token }, 0);
    const all = [...phones, boss];
    await Promise.all(all.map((c) => c.connected()));
    // A first broadcast gives each client an offset, which session recovery resumes from.
    const first = await post();
    for (const phone of phones)
      await phone.waitFor('offer.created', (p) => p.shift.id === first.id);
    await boss.waitFor('shift.updated', (p) => p.shiftId === first.id);

    const exit = stopProcess(cluster.nodes[0]!.proc, 'SIGTERM');
    await Promise.all(all.map((c) => c.waitFor('server.draining')));
    const reconnected = await Promise.all(all.map((c) => c.connected(2)));
    expect(await exit).toBe(0);
    expect(all.every((c) => c.url === cluster.nodes[1]!.url)).toBe(true);
    // A transport closed by a draining node is a recoverable drop: the other node restores the session.
    expect(reconnected.map((r) => r.recovered)).toEqual(all.map(() => true));

    const shift = await post();
    for (const phone of phones)
      await phone.waitFor('offer.created', (p) => p.shift.id === shift.id);
    await boss.waitFor('shift.updated', (p) => p.shiftId === shift.id);
  });

  it('SIGKILL: clients reconnect to another node with lastEventId and miss no event published while away', async () => {
    const survivorPort = await freePort();
    const urls = [cluster.nodes[1]!.url, `http://127.0.0.1:${survivorPort}`];
    const phones = workers.map((w) => cluster.connect({ token: w.token }, 0, {}, urls));
    const boss = cluster.connect({ token: employer.token }, 0, {}, urls);
    const all = [...phones, boss];
    await Promise.all(all.map((c) => c.connected()));
    const before = await post();
    for (const phone of phones)
      await phone.waitFor('offer.created', (p) => p.shift.id === before.id);
    const marks = all.map((c) => c.lastEventId!);

    // The other node is up while this one dies with every client connected to it.
    await cluster.addNode(survivorPort);
    expect(await stopProcess(cluster.nodes[1]!.proc, 'SIGKILL')).toBeNull();
    await Promise.all(all.map((c) => c.waitFor('disconnect')));
    // Two more shifts are posted and matched while the clients find the other node.
    const away = [await post(), await post()];
    // Batched first waves give each worker one offer across the two shifts.
    await reader.waitFor(
      (e) => e.type === 'offer.created' && away.some((s) => JSON.stringify(e.data).includes(s.id)),
    );
    const reconnected = await Promise.all(all.map((c) => c.connected(2)));
    // The dead node kept no sessions: these are fresh connections that replay from lastEventId.
    expect(reconnected.some((r) => r.recovered)).toBe(false);

    const rooms = [...workers.map((w) => `worker:${w.id}`), `employer:${employer.id}`];
    for (const [i, client] of all.entries()) {
      const expected = await eventIdsFor(rooms[i]!, marks[i]!);
      // At least an offer (each worker) or two fills (the employer) happened while away.
      expect(expected.length).toBeGreaterThanOrEqual(1);
      for (const eventId of expected) await waitForEventId(client, eventId);
    }
  });
});
