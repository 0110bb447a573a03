import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { ADMIN_DATABASE_URL, databaseUrl, runId, TEST_REDIS_URL } from './support/test-env';

const ROOT = join(__dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Runs an app's main.ts as a real process, the way `npm start` runs its build. */
function startProcess(app: 'api' | 'realtime', env: Record<string, string>) {
  const child = spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      `apps/${app}/src/main.ts`,
    ],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

/** Resolves when the process logs that it listens (Nest prints this once the port is bound). */
async function listening(proc: { child: ChildProcess; output: () => string }): Promise<void> {
  const done = () => /successfully started|listening/i.test(proc.output());
  while (!done()) {
    const [chunkOrExit] = await Promise.race([
      once(proc.child.stdout!, 'data'),
      once(proc.child, 'exit').then(() => ['exit']),
    ]);
    if (chunkOrExit === 'exit') throw new Error(`process exited early:\n${proc.output()}`);
  }
}

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
    const [apiPort, realtimePort] = [await freePort(), await freePort()];
    const env = {
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl(name),
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: `lgtest:${runId()}:boot`,
      API_PORT: String(apiPort),
      REALTIME_PORT: String(realtimePort),
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

    for (const proc of [api, realtime]) {
      const exited = once(proc.child, 'exit');
      proc.child.kill('SIGTERM');
      const [code] = await exited;
      expect(code).toBe(0);
    }
    expect(api.output()).toContain('139****5678');
    expect(api.output()).not.toContain(phone);
  }, 90_000);
});
