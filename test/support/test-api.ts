import { randomBytes, randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { createHttpApp, type HttpAppOptions, REDIS } from '@app/common';
import { AccessTokenService, Authenticator } from '@app/accounts';
import type { Role } from '@app/contracts';
import { ApiModule } from '../../apps/api/src/api.module';
import {
  ADMIN_DATABASE_URL,
  databaseUrl,
  DEV_CODE,
  RAISED_LIMITS,
  runId,
  templateDatabase,
  TEST_JWT_SECRET,
  TEST_REDIS_URL,
} from './test-env';

export interface HttpResult<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | number | string[] | undefined>;
}

export interface RequestOptions {
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
}

export interface SignedIn {
  id: string;
  phone: string;
  token: string;
}

/** A booted API on a database and Redis prefix of its own, driven through Fastify's inject. */
export class TestApi {
  private phoneCounter = 0;

  constructor(
    readonly app: NestFastifyApplication,
    readonly databaseUrl: string,
    readonly redisPrefix: string,
  ) {}

  get db(): DataSource {
    return this.app.get(DataSource);
  }

  get redis(): Redis {
    return this.app.get<Redis>(REDIS);
  }

  async request<T = any>(
    method: string,
    url: string,
    options: RequestOptions = {},
  ): Promise<HttpResult<T>> {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await this.app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(options.body !== undefined ? { payload: options.body as object } : {}),
    });
    const text = response.body;
    let body: unknown = text;
    if ((response.headers['content-type'] ?? '').toString().includes('json') && text)
      body = JSON.parse(text);
    return { status: response.statusCode, body: body as T, headers: response.headers };
  }

  get = <T = any>(url: string, o?: RequestOptions) => this.request<T>('GET', url, o);
  post = <T = any>(url: string, body?: unknown, o?: RequestOptions) =>
    this.request<T>('POST', url, { ...o, body });
  put = <T = any>(url: string, body?: unknown, o?: RequestOptions) =>
    this.request<T>('PUT', url, { ...o, body });
  patch = <T = any>(url: string, body?: unknown, o?: RequestOptions) =>
    this.request<T>('PATCH', url, { ...o, body });

  /** A fresh, unused mainland mobile number for this test file. */
  newPhone(): string {
    this.phoneCounter += 1;
    return `139${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}${String(this.phoneCounter).padStart(4, '0')}`;
  }

  /**
   * Creates (or reuses) the account for `phone` holding `roles` and returns an
   * access token for it, without going through SMS login. Tests of login itself
   * use the HTTP endpoints.
   */
  async signIn(roles: Role | Role[], phone = this.newPhone()): Promise<SignedIn> {
    const list = Array.isArray(roles) ? roles : [roles];
    const [row] = await this.db.query(
      `INSERT INTO users (phone, roles) VALUES ($1, $2::text[])
       ON CONFLICT (phone) DO UPDATE SET roles = (SELECT array_agg(DISTINCT r) FROM unnest(users.roles || EXCLUDED.roles) r)
       RETURNING id, roles`,
      [phone, list],
    );
    // The roles may have grown: the guard must not go on with a cached copy.
    await this.app.get(Authenticator).forget(row.id);
    // A session of its own (not stored: only a logout or a revocation would mark it).
    const token = this.app
      .get(AccessTokenService)
      .sign({ id: row.id, role: list[0]!, sessionId: randomUUID() }).token;
    return { id: row.id, phone, token };
  }

  async count(table: string): Promise<number> {
    const [row] = await this.db.query(`SELECT count(*)::int AS n FROM ${table}`);
    return row.n;
  }

  async close(): Promise<void> {
    await this.app.close();
    const redis = new Redis(TEST_REDIS_URL);
    const keys = await redis.keys(`${this.redisPrefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    await dropDatabase(this.databaseUrl);
  }
}

async function cloneTemplate(name: string): Promise<void> {
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabase()}"`);
        return;
      } catch (error) {
        // Two files cloning at the same instant: Postgres refuses the second while the first copies.
        if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
}

async function dropDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}

/** Settings every test app gets unless a test overrides them. */
const TEST_ENV: Record<string, string> = {
  ...RAISED_LIMITS,
  NODE_ENV: 'test',
  AUTH_DEV_CODE: DEV_CODE,
  JWT_ACCESS_SECRET: TEST_JWT_SECRET,
  LOG_LEVEL: 'silent',
  MIGRATIONS_RUN: 'false',
  SEED_DEMO_ON_EMPTY: 'false',
};

/** Clones the migrated template into a fresh database and boots the API on it. */
export async function startApi(
  env: Record<string, string> = {},
  http: Pick<HttpAppOptions, 'beforeInit'> = {},
): Promise<TestApi> {
  const suffix = randomBytes(4).toString('hex');
  const name = `lg_test_${runId()}_${suffix}`;
  await cloneTemplate(name);
  const url = databaseUrl(name);
  const redisPrefix = `lgtest:${runId()}:${suffix}`;
  const bootEnv = {
    ...TEST_ENV,
    DATABASE_URL: url,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: redisPrefix,
    ...env,
  };
  const saved = { ...process.env };
  Object.assign(process.env, bootEnv);
  try {
    const app = await createHttpApp(ApiModule, { title: 'test', docs: true, ...http });
    return new TestApi(app, url, redisPrefix);
  } finally {
    process.env = saved;
  }
}
