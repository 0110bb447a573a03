import type { Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp } from '@app/common';
import { MatcherModule } from '../../apps/matcher/src/matcher.module';
import { RealtimeModule } from '../../apps/realtime/src/realtime.module';
import { sharedEnv } from '../support/processes';
import { startApi, TestApi } from '../support/test-api';

/**
 * Each process serves only its own routes. The realtime node's port is public (browsers
 * connect to it) and the matcher's is for operations: neither may answer sign-in, offers,
 * grabs or the admin API, which belong to the API alone.
 */
describe('route tables of the three apps', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api.close();
  });

  /** Boots a module in this process on the test API's database and records its routes. */
  async function routesOf(module: Type<unknown>): Promise<string[]> {
    const routes: string[] = [];
    const saved = { ...process.env };
    Object.assign(process.env, sharedEnv(api, { LOG_LEVEL: 'silent' }));
    let app: NestFastifyApplication | undefined;
    try {
      app = await createHttpApp(module, {
        title: 'route table',
        beforeInit: async (a) => {
          a.getHttpAdapter()
            .getInstance()
            .addHook('onRoute', (r) => {
              const methods = Array.isArray(r.method) ? r.method : [r.method];
              for (const m of methods) if (m !== 'HEAD') routes.push(`${m} ${r.url}`);
            });
        },
      });
    } finally {
      process.env = saved;
      await app?.close();
    }
    return routes.sort();
  }

  it('the realtime node serves health and metrics and nothing else', async () => {
    expect(await routesOf(RealtimeModule)).toEqual(['GET /health', 'GET /metrics']);
  });

  it('the matcher serves health and metrics and nothing else', async () => {
    expect(await routesOf(MatcherModule)).toEqual(['GET /health', 'GET /metrics']);
  });

  it('the API serves the client routes: sign-in, shifts, offers, grabs, walk-ins and the credit admin', async () => {
    const routes = await routesOf((await import('../../apps/api/src/api.module')).ApiModule);
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /health',
        'GET /metrics',
        'POST /api/v1/auth/login',
        'POST /api/v1/shifts',
        'POST /api/v1/offers/:id/accept',
        'POST /api/v1/shifts/:id/grab',
        'POST /api/v1/markets/:id/walk-ins',
        'GET /api/v1/admin/credit/users',
      ]),
    );
  });
});
