import { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { freePort, listening, startProcess } from './support/processes';
import {
  ADMIN_DATABASE_URL,
  databaseUrl,
  runId,
  TEST_JWT_SECRET,
  TEST_REDIS_URL,
} from './support/test-env';

describe('the API as a real process (quick start)', () => {
  const name = `lg_test_${runId()}_boot_${randomBytes(3).toString('hex')}`;
  const procs: ChildProcess[] = [];

  afterAll(async () => {
    for (const p of procs) if (p.exitCode === null) p.kill('SIGKILL');
    const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it('creates its database, migrates, loads demo data, serves the directory, masks phones in logs and stops cleanly on SIGTERM', async () => {
    const [apiPort, realtimePort, matcherPort] = [
      await freePort(),
      await freePort(),
      await freePort(),
    ];
    const env = {
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl(name),
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: `lgtest:${runId()}:boot`,
      JWT_ACCESS_SECRET: TEST_JWT_SECRET,
      API_PORT: String(apiPort),
      REALTIME_PORT: String(realtimePort),
      MATCHER_PORT: String(matcherPort),
      HOST: '127.0.0.1',
      SEED_DEMO_ON_EMPTY: 'true',
      LOG_LEVEL: 'info',
    };
    const api = startProcess('api', env);
    procs.push(api.child);
    await listening(api);
    const base = `http://127.0.0.1:${apiPort}`;

    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      info: { database: { status: 'up' }, redis: { status: 'up' } },
    });

    const markets = await fetch(
      `${base}/api/v1/markets?district=${encodeURIComponent('金州区')}&openNow=true`,
    );
    expect(markets.status).toBe(200);
    const body = (await markets.json()) as { items: { district: string }[] };
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((m) => m.district === '金州区')).toBe(true);

    const phone = '13912345678';
    const otp = await fetch(`${base}/api/v1/auth/otp?trace=${phone}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone }),
    });
    expect(otp.status).toBeLessThan(300);

    const realtime = startProcess('realtime', { ...env, MIGRATIONS_RUN: 'false' });
    procs.push(realtime.child);
    await listening(realtime);
    expect((await fetch(`http://127.0.0.1:${realtimePort}/health`)).status).toBe(200);

    const matcher = startProcess('matcher', { ...env, MIGRATIONS_RUN: 'false' });
    procs.push(matcher.child);
    await listening(matcher);
    expect((await fetch(`http://127.0.0.1:${matcherPort}/health`)).status).toBe(200);

    for (const proc of [api, realtime, matcher]) {
      const exited = once(proc.child, 'exit');
      proc.child.kill('SIGTERM');
      const [code] = await exited;
      expect(code).toBe(0);
    }
    expect(api.output()).toContain('139****5678');
    expect(api.output()).not.toContain(phone);
  }, 90_000);
});
