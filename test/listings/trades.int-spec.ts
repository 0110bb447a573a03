import { startApi, TestApi } from '../support/test-api';

describe('GET /api/v1/trades', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('lists at least 40 trades with zh and en names, grouped by category, including the new occupations', async () => {
    const res = await api.get('/api/v1/trades');
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThanOrEqual(40);
    const byCode = new Map(res.body.map((t: any) => [t.code, t]));
    expect(byCode.get('online_delivery')).toMatchObject({ nameZh: '网约配送员', category: 'new' });
    expect(byCode.get('livestream_sales')).toMatchObject({ nameZh: '直播销售员' });
    expect(byCode.get('community_health')).toMatchObject({ nameZh: '社群健康助理员' });
    expect(new Set(res.body.map((t: any) => t.category)).size).toBeGreaterThanOrEqual(8);
    for (const trade of res.body) {
      expect(trade.code).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(trade.nameEn).toBeTruthy();
    }
  });
});
