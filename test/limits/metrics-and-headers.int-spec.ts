import { startApi, TestApi } from '../support/test-api';

const TOKEN = 'scrape-token-for-tests-0123';

describe('/metrics behind a token, and security headers on every answer', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ METRICS_TOKEN: TOKEN });
  });
  afterAll(() => api.close());

  it('refuses /metrics without the token, in the contract error shape', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-0000000000', TOKEN]) {
      const res = await api.get('/metrics', {
        headers: authorization ? { authorization } : {},
      });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
      expect(res.body.error.message).toBe('需要监控令牌');
    }
  });

  it('serves Prometheus text to a scraper bearing the token', async () => {
    const res = await api.get('/metrics', { token: TOKEN });
    expect(res.status).toBe(200);
    expect(res.body).toMatch(/http_request_duration_seconds/);
  });

  it('sends helmet headers with a content security policy the web app can live with', async () => {
    const res = await api.get('/health');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).toMatch(/connect-src 'self' http:\/\/\*:3001 https:\/\/\*:3001 ws:\/\/\*:3001/);
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toBe('max-age=15552000');
  });
});
