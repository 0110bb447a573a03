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
