import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { QueueName } from '@app/contracts';
import {
  employerWithProfile,
  northOfCentre,
  postShift,
  shiftBody,
} from '../listings/listings-factory';
import { freePort } from '../support/processes';
import { AppClock } from '../support/test-clock';
import { TEST_REDIS_URL } from '../support/test-env';
import { Cluster, onlineWorker } from './realtime-factory';
import { EventsReader } from '@app/events';

/**
 * Redis loses its data under a running stack (a restart without persistence, a
 * failover to a replica that had not caught up): the API, a matcher and a realtime
 * node keep running, and the next instant shift must still reach a worker's socket.
 * Tests share one Redis server, so "losing the data" deletes this file's keys only.
 */
describe('Redis losing its data under a running stack', () => {
  const clock = AppClock.at('10:00');
  let cluster: Cluster;
  let matcherUrl: string;
  let redis: Redis;

  beforeAll(async () => {
    const matcherPort = await freePort();
    matcherUrl = `http://127.0.0.1:${matcherPort}`;
    cluster = await Cluster.start({ ...clock.env, MATCHER_PORT: String(matcherPort) }, 1);
    redis = new Redis(TEST_REDIS_URL);
  }, 60_000);
  afterAll(async () => {
    await redis?.quit();
    await cluster?.close();
  });

  /** What FLUSHALL would do to this stack: every key under its prefix goes (SCAN + UNLINK). */
  async function loseData(): Promise<number> {
    let cursor = '0';
    let lost = 0;
    do {
      const [next, keys] = await redis.scan(
        cursor,
        'MATCH',
        `${cluster.api.redisPrefix}:*`,
        'COUNT',
        500,
      );
      cursor = next;
      if (keys.length) lost += await redis.unlink(...keys);
    } while (cursor !== '0');
    return lost;
  }

  const health = async (url: string) => {
    const res = await fetch(`${url}/health`);
    return { status: res.status, body: (await res.json()) as any };
  };

  it('re-creates the consumer groups and the sweep schedule: the next instant shift reaches the worker', async () => {
    const { api } = cluster;
    const employer = await employerWithProfile(api);
    const worker = await onlineWorker(api, 'loader');
    const phone = cluster.connect({ token: worker.token });
    await phone.waitFor('offers.snapshot');
    const instant = () =>
      postShift(
        api,
        employer.token,
        shiftBody(clock.now(), { instant: true, headcount: 1, tradeCode: 'loader' }),
      );

    // Before: the pipeline works and says so.
    const before = await instant();
    await phone.waitFor('offer.created', (p) => p.shift.id === before.id);
    const ready = await health(matcherUrl);
    expect(ready.status).toBe(200);
    expect(ready.body.info.pipeline.stages).toMatchObject({
      'events:matcher': { ok: true },
      'schedule:sweep': { ok: true },
    });

    expect(await loseData()).toBeGreaterThan(0);

    // The phone's next heartbeat puts the worker back in the candidate index (it was in Redis).
    const beat = await api.post(
      '/api/v1/workers/me/presence',
      { online: true, location: northOfCentre(0.5) },
      { token: worker.token },
    );
    expect(beat.status).toBe(200);
    const after = await instant();
    const offer = await phone.waitFor('offer.created', (p) => p.shift.id === after.id);
    expect(offer.offerId).toEqual(expect.any(String));
    // What was published shortly before the loss is in the new stream again (consumers dedupe).
    await new EventsReader(api.redis).waitFor(
      (e) => e.type === 'offer.created' && JSON.stringify(e.data).includes(before.id),
    );

    // The minute sweep's schedule is back, and both processes report a working pipeline.
    const connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue(QueueName.Matching, { connection, prefix: `${api.redisPrefix}:bull` });
    try {
      expect(await queue.getJobScheduler('sweep')).toMatchObject({ every: 60_000 });
    } finally {
      await queue.close();
      connection.disconnect();
    }
    for (const url of [matcherUrl, cluster.nodes[0]!.url]) {
      const after = await health(url);
      expect({ url, status: after.status }).toEqual({ url, status: 200 });
      expect(after.body.info.pipeline.status).toBe('up');
    }
    const metrics = await (await fetch(`${matcherUrl}/metrics`)).text();
    expect(metrics).toMatch(/events_consumer_lag\{stage="events:matcher"\} \d+/);
    expect(metrics).toMatch(/pipeline_stage_ok\{stage="events:matcher"\} 1/);
  });
});
