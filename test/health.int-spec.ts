import { startApi, TestApi } from './support/test-api';

describe('operations endpoints', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('GET /health reports the database and Redis up', async () => {
    const res = await api.get('/health');
    expect(res.status).toBe(200);
    expect(res.body.info).toEqual({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('GET /metrics serves Prometheus text', async () => {
    await api.get('/health');
    const res = await api.get('/metrics');
    expect(res.status).toBe(200);
    expect(res.body).toContain('http_request_duration_seconds_bucket');
    expect(res.body).toContain('process_resident_memory_bytes');
  });

  it('an unknown route answers in the contract error shape, zh-CN by default and English on request', async () => {
    const zh = await api.get('/api/v1/no-such-thing');
    expect(zh.status).toBe(404);
    expect(zh.body.error).toMatchObject({ code: 'NOT_FOUND', message: '未找到' });
    const en = await api.get('/api/v1/no-such-thing', {
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(en.body.error.code).toBe('NOT_FOUND');
    expect(en.body.error.message).toMatch(/Cannot GET/);
  });

  it('echoes the request id so a log line can be found', async () => {
    const res = await api.get('/health', { headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers['x-request-id']).toBe('abc-123');
  });
});

describe('OpenAPI', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('serves the full surface at /docs-json and a browsable page at /docs', async () => {
    const res = await api.get('/docs-json');
    expect(res.status).toBe(200);
    const paths = Object.keys(res.body.paths);
    for (const path of [
      '/api/v1/auth/otp',
      '/api/v1/auth/login',
      '/api/v1/auth/refresh',
      '/api/v1/me',
      '/api/v1/trades',
      '/api/v1/workers/me',
      '/api/v1/employers/me',
      '/api/v1/shifts',
      '/api/v1/shifts/{id}',
      '/api/v1/shifts/{id}/cancel',
      '/api/v1/employers/me/shifts',
      '/api/v1/worker-posts',
      '/api/v1/markets',
      '/api/v1/markets/{id}',
      '/api/v1/workers/me/presence',
      '/api/v1/workers/me/offers',
      '/api/v1/workers/me/assignments',
      '/api/v1/offers/{id}/accept',
      '/api/v1/offers/{id}/decline',
      '/api/v1/shifts/{id}/grab',
      '/api/v1/assignments/{id}/confirm',
      '/api/v1/assignments/{id}/check-in',
      '/api/v1/assignments/{id}/check-out',
      '/health',
    ]) {
      expect(paths).toContain(path);
    }
    expect(res.body.components.securitySchemes.bearer).toBeDefined();
    const page = await api.get('/docs');
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('swagger');
  });
});
