import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp } from '@app/common';
import { ApiModule } from '../../apps/api/src/api.module';
import { DEV_CODE, TEST_JWT_SECRET, TEST_REDIS_URL } from '../support/test-env';
import type { TestApi } from '../support/test-api';

/**
 * A second API instance on the same database and Redis prefix as `api`, as another
 * replica behind a load balancer would be. Close it before `api`.
 */
export async function startReplica(
  api: TestApi,
  env: Record<string, string>,
): Promise<NestFastifyApplication> {
  const saved = { ...process.env };
  Object.assign(process.env, {
    NODE_ENV: 'test',
    AUTH_DEV_CODE: DEV_CODE,
    JWT_ACCESS_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    MIGRATIONS_RUN: 'false',
    SEED_DEMO_ON_EMPTY: 'false',
    DATABASE_URL: api.databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: api.redisPrefix,
    ...env,
  });
  try {
    return await createHttpApp(ApiModule, { title: 'replica' });
  } finally {
    process.env = saved;
  }
}
