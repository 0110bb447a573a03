import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Redis from 'ioredis';
import { TEST_REDIS_URL } from '../support/test-env';
import { startApi, TestApi } from '../support/test-api';
import { startReplica } from './replica';

const LOW_LIMITS = {
  PUBLIC_READ_LIMIT: '6',
  PUBLIC_READ_WINDOW_SECONDS: '60',
  TRUST_PROXY: 'true',
};

/**
 * Public reads are limited per client IP, and the count lives in Redis: a scraper
 * spreading its requests over two API replicas gets no more than from one.
 */
describe('public reads: rate-limited per client IP, shared across replicas', () => {
  let api: TestApi;
  let replica: NestFastifyApplication;

  beforeAll(async () => {
    api = await startApi(LOW_LIMITS);
    replica = await startReplica(api, LOW_LIMITS);
  });
  afterAll(async () => {
    await replica.close();
    await api.close();
  });

  const get = async (app: NestFastifyApplication, url: string, ip: string, lang = 'zh-CN') => {
    const res = await app.inject({
      method: 'GET',
      url,
      headers: { 'x-forwarded-for': ip, 'accept-language': lang },
    });
    return { status: res.statusCode, headers: res.headers, body: res.json() };
  };

  const publicReads = [
    '/api/v1/markets',
    '/api/v1/shifts?near=38.91,121.61',
    '/api/v1/worker-posts',
    `/api/v1/markets/${randomUUID()}/board`,
  ];

  it('counts one budget over both replicas and every public read, then answers 429 RATE_LIMITED with Retry-After', async () => {
    const ip = '203.0.113.50';
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      const app = i % 2 === 0 ? api.app : replica;
      statuses.push((await get(app, publicReads[i % 3]!, ip)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);

    for (const [i, url] of publicReads.entries()) {
      const res = await get(i % 2 === 0 ? replica : api.app, url, ip, i === 0 ? 'zh-CN' : 'en');
      expect(res.status).toBe(429);
      expect(res.body).toEqual({
        error: {
          code: 'RATE_LIMITED',
          message: i === 0 ? '请求过于频繁，请稍后再试' : 'Too many requests, try again later',
          details: [],
        },
      });
      const retryAfter = Number(res.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
    }
  });

  it('leaves other clients, and routes that are not public reads, alone', async () => {
    const ip = '203.0.113.51';
    for (let i = 0; i < 7; i++) await get(api.app, '/api/v1/worker-posts', ip);
    expect((await get(replica, '/api/v1/worker-posts', ip)).status).toBe(429);
    expect((await get(replica, '/api/v1/worker-posts', '203.0.113.52')).status).toBe(200);
    expect((await get(api.app, '/api/v1/trades', ip)).status).toBe(200);
    expect((await get(api.app, '/health', ip)).status).toBe(200);
  });

  it("keeps its counters under the deployment's REDIS_PREFIX, without client addresses in the keys", async () => {
    const redis = new Redis(TEST_REDIS_URL);
    try {
      const keys = await redis.keys(`${api.redisPrefix}:*throttle:public-read*`);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) expect(key).not.toContain('203.0.113');
      // Nothing escaped the prefix (the store's keys start with "{throttle:" unprefixed).
      expect(await redis.keys('{throttle:*')).toEqual([]);
    } finally {
      await redis.quit();
    }
  });
});
