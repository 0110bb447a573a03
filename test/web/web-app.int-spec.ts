import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveWebApp } from '../../apps/api/src/web/serve-web-app';
import { startApi, type TestApi } from '../support/test-api';

/** The API serves the built web app beside the API, with caching a phone on a weak network can rely on. */
describe('the web app served by the API', () => {
  let api: TestApi;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lg-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>零工快招</title>');
    writeFileSync(join(dir, 'assets', 'app-3f9a1c.js'), 'console.log(1)');
    writeFileSync(join(dir, 'manifest.webmanifest'), '{"name":"零工快招"}');
    api = await startApi({}, { beforeInit: async (app) => void (await serveWebApp(app, dir)) });
  });
  afterAll(async () => {
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers client-side routes such as a hall board with the app page, never cached', async () => {
    for (const path of ['/', '/board/0c6e7f2e-4b7a-4a55-9f55-5d7f3a1d2b10', '/w/login?next=%2Fw']) {
      const res = await api.get(path);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('零工快招');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets for a year and other files revalidated', async () => {
    const asset = await api.get('/assets/app-3f9a1c.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const manifest = await api.get('/manifest.webmanifest');
    expect(manifest.status).toBe(200);
    expect(manifest.headers['cache-control']).toBe('no-cache');
  });

  it('keeps the contract 404 for unknown API paths, in the asked language', async () => {
    const res = await api.get('/api/v1/no-such-thing', { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: 'Not found', details: [] } });
    expect((await api.get('/api/v1/trades')).status).toBe(200);
  });

  it('tells the page where the realtime gateway is and which districts exist', async () => {
    const res = await api.get('/api/v1/client-config');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ realtimeUrl: null, realtimePort: expect.any(Number) });
    expect(res.body.heartbeatSeconds).toBeGreaterThanOrEqual(5);
    expect(res.body.lateCancelHours).toBe(2);
    expect(res.body.districts).toHaveLength(10);
    expect(res.body.districts[0]).toEqual({
      name: '中山区',
      nameEn: 'Zhongshan',
      centre: { lat: expect.any(Number), lng: expect.any(Number) },
      box: { south: 38.84, west: 121.59, north: 38.96, east: 121.76 },
    });
    // What the API checks locations against, so forms can say so before sending.
    expect(res.body.serviceArea).toEqual({ south: 38.6, west: 120.8, north: 40.3, east: 123.7 });
  });
});
