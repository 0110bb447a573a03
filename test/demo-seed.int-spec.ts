import { DALIAN_DISTRICTS } from '../libs/listings/src/markets/districts';
import { seedDemo, seedDemoIfEmpty } from '../apps/api/src/demo/seed-demo';
import { startApi, TestApi } from './support/test-api';
import { DEV_CODE } from './support/test-env';

describe('demo data (npm run seed:demo)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('loads on an empty database, and running it again adds nothing', async () => {
    expect(await seedDemoIfEmpty({ DATABASE_URL: api.databaseUrl })).toBe(true);
    const tables = [
      'users',
      'markets',
      'employer_profiles',
      'worker_profiles',
      'worker_trades',
      'shifts',
      'market_operators',
      'fairs',
      'fair_zones',
      'fair_employers',
      'fair_shifts',
    ];
    const before = await Promise.all(tables.map((t) => api.count(t)));
    expect(Math.min(...before)).toBeGreaterThan(0);

    expect(await seedDemo({ DATABASE_URL: api.databaseUrl })).toBe(0);
    expect(await seedDemoIfEmpty({ DATABASE_URL: api.databaseUrl })).toBe(false);
    expect(await Promise.all(tables.map((t) => api.count(t)))).toEqual(before);
  });

  it('runs a job fair at the 金州区 hall, so its board shows the fair view with its shifts', async () => {
    const [market] = await api.db.query(
      `SELECT id FROM markets WHERE name = '金州区零工市场（二十四小时服务）'`,
    );
    const board = await api.get(`/api/v1/markets/${market.id}/board`);
    expect(board.status).toBe(200);
    expect(board.body.fair).toMatchObject({ title: '金州区秋冬季零工专场招聘会' });
    const zones = board.body.fair.zones.map((z: any) => [z.name, z.employers.length]);
    expect(zones).toEqual([
      ['装卸分拣专区', 1],
      ['生产加工专区', 1],
    ]);
    expect(board.body.fair.counters.shifts).toBeGreaterThan(0);
  });

  it('gives the 中山区 hall a demo operator who can sign in to the desk and sees that market', async () => {
    await api.post('/api/v1/auth/otp', { phone: '17000002001' });
    const login = await api.post('/api/v1/auth/login', {
      phone: '17000002001',
      code: DEV_CODE,
      role: 'operator',
    });
    expect(login.status).toBe(200);
    const mine = await api.get('/api/v1/operators/me/markets', { token: login.body.accessToken });
    expect(mine.status).toBe(200);
    expect(JSON.stringify(mine.body)).toContain('中山区');
  });

  it('puts a market in each of the ten districts and counties of Dalian, all trades from the catalogue', async () => {
    const res = await api.get('/api/v1/markets?limit=100');
    expect(res.status).toBe(200);
    expect(new Set(res.body.items.map((m: any) => m.district))).toEqual(new Set(DALIAN_DISTRICTS));
    const [unknown] = await api.db.query(
      `SELECT count(*)::int AS n FROM markets, unnest(trades) t WHERE t NOT IN (SELECT code FROM trades)`,
    );
    expect(unknown.n).toBe(0);
  });

  it('answers GET /markets?district=金州区&openNow=true with the round-the-clock market', async () => {
    const res = await api.get(
      `/api/v1/markets?district=${encodeURIComponent('金州区')}&openNow=true`,
    );
    expect(res.status).toBe(200);
    expect(res.body.items.map((m: any) => m.name)).toContain('金州区零工市场（二十四小时服务）');
    for (const market of res.body.items)
      expect(market).toMatchObject({ district: '金州区', openNow: true });
  });

  it('lists open demo shifts near downtown Dalian, nearest first', async () => {
    const res = await api.get('/api/v1/shifts?near=38.914,121.614&radiusKm=20');
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(3);
    const distances = res.body.items.map((s: any) => s.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });
});
