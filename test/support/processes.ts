import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp } from '@app/common';
import type { TestApi } from './test-api';
import { RAISED_LIMITS, TEST_JWT_SECRET, TEST_REDIS_URL } from './test-env';

const ROOT = join(__dirname, '..', '..');

export type AppName = 'api' | 'realtime' | 'matcher';

export interface AppProcess {
  child: ChildProcess;
  output: () => string;
}

export function freePort(): Promise<number> {
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
export function startProcess(app: AppName, env: Record<string, string>): AppProcess {
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
export function listening(proc: AppProcess): Promise<void> {
  const done = () => /successfully started|listening/i.test(proc.output());
  if (done()) return Promise.resolve();
  // One listener each for output and exit, removed when settled (no listener per chunk).
  return new Promise((resolve, reject) => {
    const onData = () => {
      if (!done()) return;
      cleanup();
      resolve();
    };
    const onExit = () => {
      cleanup();
      reject(new Error(`process exited early:\n${proc.output()}`));
    };
    const cleanup = () => {
      proc.child.stdout!.off('data', onData);
      proc.child.off('exit', onExit);
    };
    proc.child.stdout!.on('data', onData);
    proc.child.once('exit', onExit);
  });
}

/** Sends `signal` and resolves with the exit code (null when killed by a signal). */
export async function stopProcess(
  proc: AppProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<number | null> {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return proc.child.exitCode;
  const exited = once(proc.child, 'exit');
  proc.child.kill(signal);
  const [code] = await exited;
  return code as number | null;
}

/** The environment a child process needs to share a test API's database and Redis prefix. */
export function sharedEnv(
  api: TestApi,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    ...RAISED_LIMITS,
    NODE_ENV: 'test',
    DATABASE_URL: api.databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: api.redisPrefix,
    JWT_ACCESS_SECRET: TEST_JWT_SECRET,
    MIGRATIONS_RUN: 'false',
    SEED_DEMO_ON_EMPTY: 'false',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    ...extra,
  };
}

/**
 * Boots the matcher app inside the test process on the test API's database and
 * Redis prefix (quicker than a child process; the crash test uses real ones).
 */
export async function startMatcherInProcess(
  api: TestApi,
  env: Record<string, string> = {},
): Promise<NestFastifyApplication> {
  // Loaded here so that files which only spawn processes do not compile the matcher.
  const { MatcherModule } = await import('../../apps/matcher/src/matcher.module');
  const saved = { ...process.env };
  Object.assign(process.env, sharedEnv(api, { LOG_LEVEL: 'silent', ...env }));
  try {
    return await createHttpApp(MatcherModule, { title: 'test matcher' });
  } finally {
    process.env = saved;
  }
}
