import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import Redis from 'ioredis';
import { ADMIN_DATABASE_URL, TEST_REDIS_URL } from './test-env';

/** Drops every database, Redis key and web build this run made. */
export default async function globalTeardown(): Promise<void> {
  const id = process.env.LG_TEST_RUN_ID;
  if (!id) return;
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  const { rows } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE $1`,
    [`lg_test_${id}_%`],
  );
  for (const { datname } of rows) {
    await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
  await admin.end();

  const redis = new Redis(TEST_REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `lgtest:${id}:*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();

  // The browser project's build of the web app (test-env testWebDir), if it made one.
  rmSync(join(__dirname, '..', '..', 'dist', 'web-test', id), { recursive: true, force: true });
}
