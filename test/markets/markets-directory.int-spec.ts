import { FixedClock, Clock } from '@app/common';
import { startApi, TestApi } from '../support/test-api';
import { allPages, createMarket } from './market-factory';

// The API's clock stands at Tuesday 2026-12-01 01:00 in Dalian (CLOCK_FIXED_AT);
// tests that need another moment move it with FixedClock.set().
const TUESDAY_0100 = '2026-12-01T01:00:00+08:00';

describe('GET /markets: the public directory', () => {
  let api: TestApi;
  let admin: { token: string };
  let clock: FixedClock;
  const names = (res: { body: any }) => res.body.items.map((m: any) => m.name);
  const list = (query: string, token?: string) =>
    api.get(`/api/v1/markets?${query}`, token ? { token } : undefined);

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: TUESDAY_0100 });
    admin = await api.signIn('admin');
    clock = api.app.get(Clock) as FixedClock;
  });
  afterEach(() => clock.set(TUESDAY_0100));
  afterAll(() => api.close());

  describe('openNow', () => {
    beforeAll(async () => {
      const hours = {
        '营业-夜班市场': [{ weekday: 1, from: '22:00', to: '02:00' }],
        '营业-凌晨市场': [{ weekday: 2, from: '00:00', to: '06:00' }],
        '营业-早市': [{ weekday: 2, from: '04:30', to: '09:00' }],
        '营业-周日夜市': [{ weekday: 7, from: '22:00', to: '02:00' }],
        '营业-无时间': [],
      };
      for (const [name, openingHours] of Object.entries(hours)) {
        await createMarket(api, admin.token, { name, openingHours });
      }
    });
    const openNow = async (value: string) => {
      const res = await list(`q=营业-&openNow=${value}`);
      expect(res.status).toBe(200);
      for (const item of res.body.items) expect(item.openNow).toBe(value === 'true');
      return names(res).sort();
    };

    it('at Tuesday 01:00, includes Monday night past midnight and excludes the dawn market', async () => {
      expect(await openNow('true')).toEqual(['营业-凌晨市场', '营业-夜班市场']);
      expect(await openNow('false')).toEqual(['营业-周日夜市', '营业-无时间', '营业-早市']);
    });

    it('at Tuesday 05:00 (21:00 UTC on Monday) the dawn market is open and the night one closed', async () => {
      clock.set('2026-11-30T21:00:00Z');
      expect(await openNow('true')).toEqual(['营业-凌晨市场', '营业-早市']);
    });

    it("does not open Monday night's hours in Monday's small hours; Sunday night runs into Monday", async () => {
      clock.set('2026-11-30T01:00:00+08:00');
      expect(await openNow('true')).toEqual(['营业-周日夜市']);
      clock.set('2026-11-30T02:00:00+08:00');
      expect(await openNow('true')).toEqual([]);
    });

    it('decides openNow in SQL exactly as each item shows it, at every half hour of a week', async () => {
      const weekStart = Date.parse('2026-11-30T00:00:00+08:00');
      const disagreements: string[] = [];
      for (let halfHour = 0; halfHour < 7 * 48; halfHour++) {
        clock.set(new Date(weekStart + halfHour * 30 * 60_000));
        const shown = (await list('q=营业-&limit=100')).body.items;
        const expected = shown.filter((m: any) => m.openNow).map((m: any) => m.name);
        const filtered = names(await list('q=营业-&limit=100&openNow=true'));
        if (filtered.join() !== expected.join()) {
          disagreements.push(`${clock.now().toISOString()}: SQL ${filtered}, items ${expected}`);
        }
      }
      expect(disagreements).toEqual([]);
    });

    it('marks each item open or closed without the filter too, and refuses a non-boolean', async () => {
      const res = await list('q=营业-');
      const open = res.body.items.filter((m: any) => m.openNow).map((m: any) => m.name);
      expect(open.sort()).toEqual(['营业-凌晨市场', '营业-夜班市场']);
      const bad = await list('openNow=yes');
      expect(bad.status).toBe(400);
      expect(bad.body.error.details.map((d: any) => d.field)).toEqual(['openNow']);
    });
  });

  describe('filters', () => {
    beforeAll(async () => {
      await createMarket(api, admin.token, {
        name: '筛选-金州海产市场',
        district: '金州区',
        kind: 'market',
        trades: ['seafood_processor', 'loader'],
      });
      await createMarket(api, admin.token, {
        name: '筛选-金州公共服务站',
        district: '金州区',
        trades: ['cleaner'],
      });
      await createMarket(api, admin.token, {
        name: '筛选-庄河海产市场',
        district: '庄河市',
        trades: ['seafood_processor'],
      });
      const hidden = await createMarket(api, admin.token, {
        name: '筛选-金州暂停市场',
        district: '金州区',
        trades: ['seafood_processor'],
      });
      await api.patch(
        `/api/v1/markets/${hidden.id}`,
        { status: 'suspended' },
        { token: admin.token },
      );
    });

    it('filters by district, trade and kind, and never shows suspended markets to the public', async () => {
      expect(names(await list(`q=筛选-&district=${encodeURIComponent('金州区')}`)).sort()).toEqual([
        '筛选-金州公共服务站',
        '筛选-金州海产市场',
      ]);
      expect(names(await list('q=筛选-&trade=seafood_processor')).sort()).toEqual([
        '筛选-庄河海产市场',
        '筛选-金州海产市场',
      ]);
      expect(names(await list('q=筛选-&kind=market'))).toEqual(['筛选-金州海产市场']);
      expect(names(await list('q=海产&trade=loader&district=金州区'))).toEqual([
        '筛选-金州海产市场',
      ]);
    });

    it('lists suspended markets for admins who ask, and refuses anyone else', async () => {
      const res = await list('q=筛选-&status=suspended', admin.token);
      expect(names(res)).toEqual(['筛选-金州暂停市场']);
      const worker = await api.signIn('worker');
      expect((await list('status=suspended', worker.token)).status).toBe(403);
      expect((await list('status=suspended')).status).toBe(403);
      expect((await list('q=筛选-', 'not-a-token')).status).toBe(401);
    });

    it('treats % and _ in q as letters and rejects unknown filters', async () => {
      expect(names(await list('q=%25'))).toEqual([]);
      const trade = await list('trade=astronaut');
      expect(trade.status).toBe(400);
      expect(trade.body.error).toMatchObject({ code: 'UNKNOWN_TRADE' });
      expect(trade.body.error.details[0].field).toBe('trade');
      const district = await list('district=Shanghai');
      expect(district.body.error.details[0].field).toBe('district');
      const unknown = await list('colour=red');
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.details[0].field).toBe('colour');
    });
  });

  describe('near', () => {
    // A cluster on the Changhai islands (长海县), away from every other test market.
    const point = { lat: 39.27, lng: 122.59 };
    beforeAll(async () => {
      const at = (km: number) => ({ lat: point.lat + km / 111.2, lng: point.lng });
      for (const [name, km] of [
        ['近-三公里', 3],
        ['近-一公里', 1],
        ['近-八公里', 8],
        ['近-二公里', 2],
      ] as const) {
        await createMarket(api, admin.token, { name, district: '长海县', location: at(km) });
      }
      // 30 km east: the islands do not reach 30 km north.
      await createMarket(api, admin.token, {
        name: '近-太远',
        district: '长海县',
        location: {
          lat: point.lat,
          lng: point.lng + 30 / (111.2 * Math.cos((point.lat * Math.PI) / 180)),
        },
      });
    });

    it('lists nearest first within radiusKm, each with its distance', async () => {
      const res = await list(`near=${point.lat},${point.lng}&radiusKm=10`);
      expect(res.status).toBe(200);
      expect(names(res)).toEqual(['近-一公里', '近-二公里', '近-三公里', '近-八公里']);
      const distances = res.body.items.map((m: any) => m.distanceKm);
      expect(distances[0]).toBeCloseTo(1, 1);
      expect(distances[3]).toBeCloseTo(8, 1);
      expect(names(await list(`near=${point.lat},${point.lng}&radiusKm=2.5`))).toEqual([
        '近-一公里',
        '近-二公里',
      ]);
      expect(names(await list(`near=${point.lat},${point.lng}`))).toContain('近-太远');
    });

    it.each(['abc', '91,121', '39.2', '39.2,121.6,5'])(
      'rejects near=%s naming the field',
      async (near) => {
        const res = await list(`near=${near}`);
        expect(res.status).toBe(400);
        expect(res.body.error.details.map((d: any) => d.field)).toEqual(['near']);
      },
    );
  });

  describe('paging', () => {
    it('neither skips nor repeats while markets are added between pages', async () => {
      const before: string[] = [];
      for (const letter of ['B', 'D', 'F', 'H', 'J', 'L', 'N']) {
        before.push((await createMarket(api, admin.token, { name: `翻页-${letter}` })).id);
      }
      let added = 0;
      const pages = await allPages(api, '/api/v1/markets?q=翻页-&limit=3', async () => {
        // One new market sorts before the cursor, one after it.
        for (const letter of ['A', 'Z']) {
          added += 1;
          await createMarket(api, admin.token, { name: `翻页-${letter}${added}` });
        }
      });
      const ids = pages.flat().map((m) => m.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of before) expect(ids).toContain(id);
      const served = pages.flat().map((m) => m.name);
      expect(served).toEqual([...served].sort());
      expect(pages[0]).toHaveLength(3);
    });

    it('pages by distance as well, and refuses a cursor it did not give out', async () => {
      // Inland 庄河市, away from every other test market.
      const point = { lat: 39.9, lng: 123.3 };
      for (let i = 1; i <= 5; i++) {
        const location = { lat: point.lat + i / 111.2, lng: point.lng };
        await createMarket(api, admin.token, { name: `远页-${i}`, district: '庄河市', location });
      }
      const url = `/api/v1/markets?near=${point.lat},${point.lng}&radiusKm=20&limit=2`;
      const pages = await allPages(api, url);
      expect(pages.map((page) => page.map((m) => m.name))).toEqual([
        ['远页-1', '远页-2'],
        ['远页-3', '远页-4'],
        ['远页-5'],
      ]);
      const bad = await list('cursor=bm90LWEtY3Vyc29y');
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('INVALID_CURSOR');
      const first = await api.get(url);
      const mixed = await list(`cursor=${first.body.nextCursor}`);
      expect(mixed.body.error.code).toBe('INVALID_CURSOR');
    });
  });
});
