import { randomBytes } from 'node:crypto';

/**
 * Names shared by the global setup and the test files. Every run gets its own id,
 * so its databases and Redis keys never collide with another run's.
 */
export const ADMIN_DATABASE_URL =
  process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const DEV_CODE = '246810';
/**
 * The JWT secret of this test process and the apps it spawns (there is no default
 * any more). Random per process: each file boots its own apps with this value.
 */
export const TEST_JWT_SECRET = `test-${randomBytes(24).toString('hex')}`;

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export function runId(): string {
  const id = process.env.LG_TEST_RUN_ID;
  if (!id)
    throw new Error('LG_TEST_RUN_ID is not set: run integration tests through jest (global setup)');
  return id;
}

export const templateDatabase = () => `lg_test_${runId()}_tpl`;

/** Where the browser project builds the web app for this run (relative to the repository root). */
export const testWebDir = () => `dist/web-test/${runId()}`;

/**
 * Rate limits raised for the suite: every test talks from 127.0.0.1, so per-IP and
 * global limits would otherwise couple unrelated tests. test/limits sets low ones.
 */
export const RAISED_LIMITS: Record<string, string> = {
  OTP_IP_LIMIT: '1000000',
  OTP_GLOBAL_PER_MINUTE: '1000000',
  OTP_GLOBAL_PER_HOUR: '1000000',
  PUBLIC_READ_LIMIT: '1000000',
};
