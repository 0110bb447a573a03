import { distanceKm } from '@app/common';
import { ShiftsService } from '@app/listings';
import { startApi, TestApi } from '../support/test-api';
import {
  allPages,
  CENTRE,
  employerWithProfile,
  HOUR,
  insertShifts,
  isoAfter,
  KM_PER_DEGREE,
  northOfCentre,
  PHONE_LIKE,
  scannable,
  postShift,
  shiftBody,
} from './listings-factory';

// The API's clock stands here (10:00 in Shanghai), so the data below never goes stale.
const NOW = new Date('2030-03-11T02:00:00Z');
const near = (p: { lat: number; lng: number }) => `near=${p.lat},${p.lng}`;

describe('GET /shifts search', () => {
  let api: TestApi;
  let employerId: string;
  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
    employerId = (await employerWithProfile(api)).id;
  });
  afterAll(() => api.close());

  it('returns shifts within the radius, nearest first, each with its distance', async () => {
    // Each test keeps to its own trade so that the others' rows do not get in the way.
    const kms = [6, 1, 12, 3, 9.9, 10.1];
    const ids = await insertShifts(api, employerId, kms.length, (i) => ({
      ...northOfCentre(kms[i]!),
      startsAt: new Date(NOW.getTime() + HOUR),
      trade: 'cook',
    }));
    // Inside the 10 km box but 11.3 km away: only the exact distance test leaves it out.
    const [corner] = await insertShifts(api, employerId, 1, () => ({
      lat: CENTRE.lat + 8 / KM_PER_DEGREE,
      lng: CENTRE.lng + 8 / (KM_PER_DEGREE * Math.cos((CENTRE.lat * Math.PI) / 180)),
      startsAt: new Date(NOW.getTime() + HOUR),
      trade: 'cook',
    }));
    const byKm = (km: number) => ids[kms.indexOf(km)];

    const res = await api.get(`/api/v1/shifts?${near(CENTRE)}&radiusKm=10&trade=cook`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((s: any) => s.id)).toEqual([1, 3, 6, 9.9].map(byKm));
    expect(res.body.items.map((s: any) => s.distanceKm)).toEqual([
      expect.closeTo(1, 2),
      expect.closeTo(3, 2),
      expect.closeTo(6, 2),
      expect.closeTo(9.9, 2),
    ]);
    expect(res.body.items.map((s: any) => s.id)).not.toContain(corner);

    const defaultRadius = await api.get(`/api/v1/shifts?${near(CENTRE)}&trade=cook`);
    expect(defaultRadius.body.items).toHaveLength(4);
    const small = await api.get(`/api/v1/shifts?${near(CENTRE)}&radiusKm=5&trade=cook`);
    expect(small.body.items.map((s: any) => s.id)).toEqual([1, 3].map(byKm));
    const wide = await api.get(`/api/v1/shifts?${near(CENTRE)}&radiusKm=20&trade=cook`);
    expect(wide.body.items.map((s: any) => s.id)).toEqual([
      ...[1, 3, 6, 9.9, 10.1].map(byKm),
      corner,
      byKm(12),
    ]);
  });

  it('pages by distance without skipping or repeating rows while shifts are added between pages', async () => {
    // Ten shifts share one spot, so the id has to break ties in the cursor.
    const spot = northOfCentre(2);
    const originals = await insertShifts(api, employerId, 30, (i) => ({
      ...(i < 10 ? spot : northOfCentre(0.5 + i * 0.25)),
      startsAt: new Date(NOW.getTime() + HOUR),
      trade: 'mover',
    }));
    const added: string[] = [];
    const pages = await allPages(
      api,
      `/api/v1/shifts?${near(CENTRE)}&radiusKm=20&trade=mover&limit=7`,
      async () => {
        // Nearer than every page so far, at the shared spot, and farther than all.
        added.push(
          ...(await insertShifts(api, employerId, 3, (i) => ({
            ...[northOfCentre(0.1), spot, northOfCentre(15)][i]!,
            startsAt: new Date(NOW.getTime() + HOUR),
            trade: 'mover',
          }))),
        );
      },
    );
    const served = pages.flat();
    const ids = served.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(originals.filter((id) => !ids.includes(id))).toEqual([]);
    expect(ids.every((id) => originals.includes(id) || added.includes(id))).toBe(true);
    for (let i = 1; i < served.length; i++) {
      const [a, b] = [served[i - 1], served[i]];
      expect(a.distanceKm < b.distanceKm || (a.distanceKm === b.distanceKm && a.id < b.id)).toBe(
        true,
      );
    }
  });

  it('pages by start time without skipping or repeating rows while shifts are added between pages', async () => {
    const start = (h: number) => new Date(NOW.getTime() + h * HOUR);
    const originals = await insertShifts(api, employerId, 25, (i) => ({
      ...CENTRE,
      // Groups of five share a start time.
      startsAt: start(1 + Math.floor(i / 5)),
      trade: 'waiter',
    }));
    const added: string[] = [];
    const pages = await allPages(api, '/api/v1/shifts?trade=waiter&limit=4', async () => {
      added.push(
        ...(await insertShifts(api, employerId, 3, (i) => ({
          ...CENTRE,
          startsAt: start([0.5, 3, 9][i]!),
          trade: 'waiter',
        }))),
      );
    });
    const served = pages.flat();
    const ids = served.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(originals.filter((id) => !ids.includes(id))).toEqual([]);
    for (let i = 1; i < served.length; i++) {
      const [a, b] = [Date.parse(served[i - 1].startsAt), Date.parse(served[i].startsAt)];
      expect(a < b || (a === b && served[i - 1].id < served[i].id)).toBe(true);
    }
  });

  it('filters by district, time window (overlap), pay and status, and hides shifts that have ended', async () => {
    const at = (h: number) => new Date(NOW.getTime() + h * HOUR);
    const [morning, evening, cheap, otherDistrict, cancelled, ended] = await insertShifts(
      api,
      employerId,
      6,
      (i) =>
        [
          { ...CENTRE, startsAt: at(1), hours: 4, payFen: 3000 },
          { ...CENTRE, startsAt: at(8), hours: 4, payFen: 3000 },
          { ...CENTRE, startsAt: at(1), hours: 4, payFen: 1500 },
          { ...CENTRE, startsAt: at(1), hours: 4, payFen: 3000, district: '金州区' },
          { ...CENTRE, startsAt: at(1), hours: 4, payFen: 3000, status: 'cancelled' },
          { ...CENTRE, startsAt: at(-5), hours: 4, payFen: 3000 },
        ].map((r) => ({ ...r, trade: 'dishwasher' }))[i]!,
    );
    const list = async (query: string) => {
      const res = await api.get(`/api/v1/shifts?trade=dishwasher&${query}`);
      expect(res.status).toBe(200);
      return res.body.items.map((s: any) => s.id);
    };
    // Soonest first; the three 11:00 shifts in id order.
    const soonest = [...[morning!, cheap!, otherDistrict!].sort(), evening];
    expect(await list('')).toEqual(soonest);
    expect(await list('district=金州区')).toEqual([otherDistrict]);
    expect(await list('minPayFen=2000&payUnit=hour&district=中山区')).toEqual([morning, evening]);
    expect(await list('status=cancelled')).toEqual([cancelled]);
    expect(await list('status=open&to=' + encodeURIComponent(isoAfter(NOW, -0.5)))).toEqual([]);
    // 11:00–12:00 overlaps the 11:00–15:00 shifts but not the one at 18:00.
    const window = `from=${encodeURIComponent(isoAfter(NOW, 1))}&to=${encodeURIComponent(isoAfter(NOW, 2))}`;
    expect((await list(window)).sort()).toEqual([morning, cheap, otherDistrict].sort());
    // 14:30–19:00 overlaps the end of the morning shifts and the start of the evening one.
    const late = `from=${encodeURIComponent(isoAfter(NOW, 4.5))}&to=${encodeURIComponent(isoAfter(NOW, 9))}`;
    expect((await list(late)).sort()).toEqual([morning, cheap, otherDistrict, evening].sort());
    expect(await list('')).not.toContain(ended);
    expect(await list('status=open&from=' + encodeURIComponent(isoAfter(NOW, -6)))).not.toContain(
      ended,
    );
  });

  it.each([
    ['near=91,121', 'near', 'VALIDATION_FAILED'],
    ['near=abc', 'near', 'VALIDATION_FAILED'],
    [`${near(CENTRE)}&radiusKm=101`, 'radiusKm', 'VALIDATION_FAILED'],
    ['trade=astronaut', 'trade', 'UNKNOWN_TRADE'],
    ['status=done', 'status', 'VALIDATION_FAILED'],
    ['limit=101', 'limit', 'VALIDATION_FAILED'],
    [
      'from=2030-03-12T00:00:00%2B08:00&to=2030-03-11T00:00:00%2B08:00',
      'to',
      'INVALID_TIME_WINDOW',
    ],
    ['cursor=garbage', 'cursor', 'INVALID_CURSOR'],
  ])('refuses %s with 400 naming %s', async (query, field, code) => {
    const res = await api.get(`/api/v1/shifts?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.details.map((d: any) => d.field)).toContain(field);
  });

  it('refuses a distance cursor on a list ordered by time', async () => {
    await insertShifts(api, employerId, 3, () => ({
      ...CENTRE,
      startsAt: new Date(NOW.getTime() + HOUR),
      trade: 'tiler',
    }));
    const first = await api.get(`/api/v1/shifts?${near(CENTRE)}&trade=tiler&limit=1`);
    const res = await api.get(
      `/api/v1/shifts?trade=tiler&limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    );
    expect([res.status, res.body.error.code]).toEqual([400, 'INVALID_CURSOR']);
  });

  it('never shows a phone number in the public list', async () => {
    const employer = await employerWithProfile(api, { contactPhone: '13712345678' });
    await postShift(
      api,
      employer.token,
      shiftBody(NOW, {
        tradeCode: 'security_guard',
        title: '夜班保安 电话13912345678',
        description: '联系 +86 137 1234 5678 或 13712345678',
      }),
    );
    const res = await api.get('/api/v1/shifts?trade=security_guard');
    expect(res.body.items).toHaveLength(1);
    const json = scannable(res.body);
    expect(json).not.toMatch(PHONE_LIKE);
    // Digits typed with spaces are a phone number all the same.
    expect(json).not.toContain('137 1234 5678');
    expect(res.body.items[0].description).toContain('137****5678');
    expect(json).not.toContain(employer.phone);
    expect(json).not.toContain('contactPhone');
  });

  describe('at city scale', () => {
    const points: { id: string; lat: number; lng: number }[] = [];
    beforeAll(async () => {
      // 5,000 shifts scattered over greater Dalian (about 110 km × 130 km).
      let seed = 42;
      const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
      const spots = Array.from({ length: 5000 }, () => ({
        lat: Number((38.5 + random()).toFixed(6)),
        lng: Number((121 + random() * 1.5).toFixed(6)),
      }));
      const ids = await insertShifts(api, employerId, spots.length, (i) => ({
        ...spots[i]!,
        startsAt: new Date(NOW.getTime() + (1 + (i % 48)) * HOUR),
        trade: 'packer',
      }));
      ids.forEach((id, i) => points.push({ id, ...spots[i]! }));
      await api.db.query('ANALYZE shifts');
    });

    it('answers a near search through the GiST index, without a sequential scan', async () => {
      const { sql, params } = api.app.get(ShiftsService).searchSql({
        near: `${CENTRE.lat},${CENTRE.lng}`,
        radiusKm: 5,
        limit: 20,
      });
      const plan: { 'QUERY PLAN': string }[] = await api.db.query(`EXPLAIN ${sql}`, params);
      const text = plan.map((r) => r['QUERY PLAN']).join('\n');
      expect(text).toContain('shifts_geo_idx');
      expect(text).not.toMatch(/Seq Scan on shifts/);
    });

    it('gives the same nearest shifts as measuring every one of them', async () => {
      const radiusKm = 5;
      const expected = points
        .map((p) => ({ id: p.id, d: distanceKm(CENTRE, p) }))
        .filter((p) => p.d <= radiusKm)
        .sort((a, b) => a.d - b.d)
        .slice(0, 50)
        .map((p) => p.id);
      expect(expected.length).toBeGreaterThan(10);
      const res = await api.get(
        `/api/v1/shifts?${near(CENTRE)}&radiusKm=${radiusKm}&trade=packer&limit=50`,
      );
      expect(res.body.items.map((s: any) => s.id)).toEqual(expected);
    });
  });
});
