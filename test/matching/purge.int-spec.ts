import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { WaveJobs } from '@app/matching';
import { startMatcherInProcess } from '../support/processes';
import { startApi, TestApi } from '../support/test-api';

/**
 * Nothing else deletes outbox events or Idempotency-Keys: the matcher's minute sweep
 * removes those past OUTBOX_KEEP_HOURS / IDEMPOTENCY_KEEP_HOURS (24 h by default), and
 * never an event still waiting to be published.
 */
describe('the minute sweep purges what is past its keeping time', () => {
  let api: TestApi;
  let matcher: NestFastifyApplication;

  beforeAll(async () => {
    api = await startApi();
    matcher = await startMatcherInProcess(api);
  });
  afterAll(async () => {
    await matcher?.close();
    await api?.close();
  });

  it('deletes events published over a day ago and keys over a day old, and keeps the rest', async () => {
    const event = async (published: string | null, created = 'now()') => {
      const [row] = await api.db.query(
        `INSERT INTO outbox_events (type, payload, created_at, published_at)
         VALUES ('shift.updated', '{"rooms": [], "data": {}}', ${created}, ${published ?? 'NULL'})
         RETURNING id::text AS id`,
      );
      return row.id as string;
    };
    const old = await event(`now() - interval '25 hours'`, `now() - interval '26 hours'`);
    const recent = await event(`now() - interval '1 hour'`);
    const waiting = await event(null, `now() - interval '30 hours'`);
    await api.db.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash, created_at, completed_at)
       VALUES ('u POST /x', 'old', repeat('a', 64), now() - interval '25 hours', now() - interval '25 hours'),
              ('u POST /x', 'recent', repeat('a', 64), now() - interval '1 hour', now() - interval '1 hour')`,
    );

    // The matcher's own scheduled sweep may get there first: the end state is what counts.
    await matcher.get(WaveJobs).sweep();

    const events: { id: string }[] = await api.db.query(
      `SELECT id::text AS id FROM outbox_events WHERE id = ANY($1::bigint[]) ORDER BY id`,
      [[old, recent, waiting]],
    );
    expect(events.map((e) => e.id)).toEqual([recent, waiting]);
    const keys: { key: string }[] = await api.db.query(
      `SELECT key FROM idempotency_keys WHERE scope = 'u POST /x'`,
    );
    expect(keys.map((k) => k.key)).toEqual(['recent']);
  });
});
