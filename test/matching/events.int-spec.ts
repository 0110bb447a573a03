import { DomainEvent } from '@app/contracts';
import { startApi, TestApi } from '../support/test-api';
import { recordEvents, EventsReader, OutboxPublisher } from '@app/events';

const closed = (n: number): DomainEvent<'offer.closed'> => ({
  type: 'offer.closed',
  rooms: [`worker:w${n}`],
  data: { offerId: `offer-${n}`, shiftId: 'shift-1', reason: 'expired' },
});

describe('the outbox publisher', () => {
  let api: TestApi;
  let reader: EventsReader;
  const publishers: OutboxPublisher[] = [];

  const newPublisher = () => {
    const p = new OutboxPublisher(api.db, api.redis);
    publishers.push(p);
    return p;
  };

  beforeAll(async () => {
    api = await startApi();
    reader = new EventsReader(api.redis);
  });
  afterAll(async () => {
    for (const p of publishers) await p.stop();
    await api?.close();
  });

  it('publishes committed events in order with growing eventIds, and never a rolled-back one', async () => {
    const publisher = newPublisher();
    await publisher.start();
    await api.db.transaction((tx) => recordEvents(tx, [closed(1), closed(2)]));
    await expect(
      api.db.transaction(async (tx) => {
        await recordEvents(tx, [closed(3)]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await api.db.transaction((tx) => recordEvents(tx, [closed(4)]));

    const seen = await reader.waitFor((e) => e.type === 'offer.closed', { count: 3 });
    expect(seen.map((e) => (e.data as { offerId: string }).offerId)).toEqual([
      'offer-1',
      'offer-2',
      'offer-4',
    ]);
    const ids = seen.map((e) => Number(e.eventId));
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(new Set(ids).size).toBe(3);
    expect(seen[0]).toMatchObject({ rooms: ['worker:w1'], data: { reason: 'expired' } });
    expect(Date.parse(seen[0]!.at)).not.toBeNaN();
    // The rolled-back event is not in the outbox at all. The sweep marks what was sent
    // directly without sending it again, and nothing is left unpublished.
    await publisher.stop();
    expect(await publisher.publishBatch()).toBe(3);
    expect((await reader.range()).filter((e) => e.type === 'offer.closed')).toHaveLength(3);
    const [row] = await api.db.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE published_at IS NULL)::int AS pending FROM outbox_events`,
    );
    expect(row).toEqual({ total: 3, pending: 0 });
  });

  it('events committed by a process that died before sending them go out once, even with two sweeps at once', async () => {
    const before = await reader.range();
    // 40 concurrent transactions of 5 events each, recorded without the direct send (as
    // if each process died right after its commit).
    await Promise.all(
      Array.from({ length: 40 }, (_, t) =>
        recordEvents(
          api.db.manager,
          Array.from({ length: 5 }, (_, i) => closed(100 + t * 5 + i)),
        ),
      ),
    );
    const [a, b] = [newPublisher(), newPublisher()];
    const sweep = async (p: OutboxPublisher) => {
      while ((await p.publishBatch(7)) > 0);
    };
    await Promise.all([sweep(a), sweep(b)]);

    const all = await reader.range();
    const fresh = all.filter((e) => !before.some((b0) => b0.eventId === e.eventId));
    expect(fresh).toHaveLength(200);
    expect(new Set(fresh.map((e) => e.eventId)).size).toBe(200);
    expect(new Set(fresh.map((e) => (e.data as { offerId: string }).offerId)).size).toBe(200);
    const [{ pending }] = await api.db.query(
      `SELECT count(*)::int AS pending FROM outbox_events WHERE published_at IS NULL`,
    );
    expect(pending).toBe(0);
  });
});
