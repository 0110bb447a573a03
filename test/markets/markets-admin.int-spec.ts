import { startApi, TestApi } from '../support/test-api';
import { createMarket, marketBody } from './market-factory';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const fields = (res: { body: any }) => res.body.error.details.map((d: any) => d.field);

describe('markets: creating and keeping entries (admins and operators)', () => {
  let api: TestApi;
  let admin: { id: string; token: string };
  beforeAll(async () => {
    api = await startApi();
    admin = await api.signIn('admin');
  });
  afterAll(() => api.close());

  describe('POST /markets', () => {
    it('lets an admin create a market that the public can then read, office phone and all', async () => {
      const body = marketBody({
        kind: 'market',
        name: '金州区劳务市场',
        district: '金州区',
        address: '大连市金州区斯大林路 688 号',
        location: { lat: 39.05, lng: 121.78 },
        openingHours: [
          { weekday: 1, from: '04:30', to: '09:00' },
          { weekday: 1, from: '14:00', to: '17:00' },
        ],
        trades: ['construction_laborer', 'mover'],
        contactPhone: '0411-87654321',
        description: '早市以建筑普工为主',
      });
      const res = await api.post('/api/v1/markets', body, { token: admin.token });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        kind: 'market',
        name: '金州区劳务市场',
        district: '金州区',
        address: '大连市金州区斯大林路 688 号',
        location: { lat: 39.05, lng: 121.78 },
        openingHours: body.openingHours,
        trades: ['construction_laborer', 'mover'],
        contactPhone: '0411-87654321',
        integrity: false,
        status: 'listed',
        description: '早市以建筑普工为主',
      });
      expect(res.body.id).toMatch(UUID);
      expect(typeof res.body.openNow).toBe('boolean');

      const read = await api.get(`/api/v1/markets/${res.body.id}`);
      expect(read.status).toBe(200);
      expect(read.body).toEqual({ ...res.body, openNow: read.body.openNow });
    });

    it('refuses workers and employers (403) and anonymous callers (401), creating nothing', async () => {
      const before = await api.count('markets');
      for (const role of ['worker', 'employer', 'operator'] as const) {
        const user = await api.signIn(role);
        const res = await api.post('/api/v1/markets', marketBody(), { token: user.token });
        expect(res.status).toBe(403);
        expect(res.body.error.code).toBe('FORBIDDEN');
      }
      expect((await api.post('/api/v1/markets', marketBody())).status).toBe(401);
      expect(await api.count('markets')).toBe(before);
    });

    it.each([
      ['an unknown district', { district: '浦东新区' }, 'VALIDATION_FAILED', 'district'],
      ['an unknown trade', { trades: ['mover', 'astronaut'] }, 'UNKNOWN_TRADE', 'trades[1]'],
      [
        'a latitude off the globe',
        { location: { lat: 95, lng: 121.6 } },
        'VALIDATION_FAILED',
        'location.lat',
      ],
      ['a missing location', { location: undefined }, 'VALIDATION_FAILED', 'location'],
      [
        'an hour 24',
        { openingHours: [{ weekday: 1, from: '24:00', to: '09:00' }] },
        'VALIDATION_FAILED',
        'openingHours[0].from',
      ],
      [
        'a time without its zero',
        { openingHours: [{ weekday: 2, from: '08:00', to: '9:00' }] },
        'VALIDATION_FAILED',
        'openingHours[0].to',
      ],
      [
        'weekday 0',
        { openingHours: [{ weekday: 0, from: '08:00', to: '09:00' }] },
        'VALIDATION_FAILED',
        'openingHours[0].weekday',
      ],
      [
        'an empty interval',
        {
          openingHours: [
            { weekday: 3, from: '08:00', to: '17:00' },
            { weekday: 3, from: '09:00', to: '09:00' },
          ],
        },
        'VALIDATION_FAILED',
        'openingHours.1.to',
      ],
      ['an unknown field', { rating: 5 }, 'UNKNOWN_FIELD', 'rating'],
      [
        'integrity sent as the string "false"',
        { integrity: 'false' },
        'VALIDATION_FAILED',
        'integrity',
      ],
      ['a phone with letters', { contactPhone: 'call-me' }, 'VALIDATION_FAILED', 'contactPhone'],
    ])(
      'answers 400 naming the field for %s, and leaves no row',
      async (_, overrides, code, field) => {
        const before = await api.count('markets');
        const res = await api.post('/api/v1/markets', marketBody(overrides), {
          token: admin.token,
        });
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe(code);
        expect(fields(res)).toContain(field);
        expect(await api.count('markets')).toBe(before);
      },
    );

    it('explains an unknown district in Chinese by default and in English on request', async () => {
      const body = marketBody({ district: '浦东新区' });
      const zh = await api.post('/api/v1/markets', body, { token: admin.token });
      expect(zh.body.error.details[0]).toEqual({
        field: 'district',
        message: '取值不在允许范围内',
      });
      const en = await api.post('/api/v1/markets', body, {
        token: admin.token,
        headers: { 'accept-language': 'en' },
      });
      expect(en.body.error.details[0].message).toContain('金州区');
    });
  });

  describe('PATCH /markets/:id and operator bindings', () => {
    let own: any;
    let other: any;
    let operator: { id: string; token: string };
    const patch = (id: string, body: unknown, token: string) =>
      api.patch(`/api/v1/markets/${id}`, body, { token });

    beforeAll(async () => {
      own = await createMarket(api, admin.token, { name: '西岗区零工驿站' });
      other = await createMarket(api, admin.token, {
        name: '沙河口区零工市场',
        district: '沙河口区',
      });
      operator = await api.signIn('operator');
      const bound = await api.put(`/api/v1/markets/${own.id}/operators/${operator.id}`, undefined, {
        token: admin.token,
      });
      expect(bound.status).toBe(200);
      expect(bound.body).toMatchObject({ marketId: own.id, userId: operator.id });
    });

    it("lets an operator edit its own market's entry", async () => {
      const res = await patch(
        own.id,
        {
          address: '大连市西岗区新开路 99 号',
          openingHours: [{ weekday: 6, from: '05:00', to: '10:00' }],
          contactPhone: '0411-83601234',
        },
        operator.token,
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        name: '西岗区零工驿站',
        address: '大连市西岗区新开路 99 号',
        openingHours: [{ weekday: 6, from: '05:00', to: '10:00' }],
        contactPhone: '0411-83601234',
      });
      expect(Date.parse(res.body.updatedAt)).toBeGreaterThan(Date.parse(own.updatedAt));
      expect((await api.get(`/api/v1/markets/${own.id}`)).body.address).toBe(
        '大连市西岗区新开路 99 号',
      );
    });

    it('refuses an operator editing a market it is not bound to (403 MARKET_NOT_BOUND)', async () => {
      const res = await patch(other.id, { name: '改名' }, operator.token);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('MARKET_NOT_BOUND');
      expect((await api.get(`/api/v1/markets/${other.id}`)).body.name).toBe('沙河口区零工市场');
    });

    it('keeps status and integrity for admins: an operator can neither suspend nor vouch', async () => {
      for (const body of [{ status: 'suspended' }, { integrity: true }]) {
        const res = await patch(own.id, body, operator.token);
        expect(res.status).toBe(403);
        expect(res.body.error.code).toBe('FORBIDDEN');
        expect(fields(res)).toEqual(Object.keys(body));
      }
      const now = (await api.get(`/api/v1/markets/${own.id}`)).body;
      expect(now).toMatchObject({ status: 'listed', integrity: false });
    });

    it('refuses workers (403) and checks PATCH bodies like POST ones', async () => {
      const worker = await api.signIn('worker');
      expect((await patch(own.id, { name: 'x' }, worker.token)).status).toBe(403);
      const bad = await patch(
        own.id,
        { openingHours: [{ weekday: 1, from: '7:00', to: '09:00' }] },
        admin.token,
      );
      expect(bad.status).toBe(400);
      expect(fields(bad)).toContain('openingHours[0].from');
      const nulled = await patch(own.id, { name: null }, admin.token);
      expect(nulled.status).toBe(400);
      expect(fields(nulled)).toEqual(['name']);
      const cleared = await patch(own.id, { description: null }, admin.token);
      expect(cleared.status).toBe(200);
      expect(cleared.body.description).toBeNull();
      const missing = await patch(
        '5b0c1e6e-2f7e-4c7a-9c55-1d1f2f0a0b0c',
        { name: 'x' },
        admin.token,
      );
      expect(missing.status).toBe(404);
      const notUuid = await patch('not-a-uuid', { name: 'x' }, admin.token);
      expect(notUuid.status).toBe(400);
      expect(fields(notUuid)).toEqual(['id']);
    });

    it('lets an admin suspend a market: it is 404 to the public, still visible to admin and its operator', async () => {
      const market = await createMarket(api, admin.token, { name: '待整改市场' });
      await api.put(`/api/v1/markets/${market.id}/operators/${operator.id}`, undefined, {
        token: admin.token,
      });
      const res = await patch(market.id, { status: 'suspended', integrity: true }, admin.token);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'suspended', integrity: true });
      expect((await api.get(`/api/v1/markets/${market.id}`)).status).toBe(404);
      const stranger = await api.signIn('worker');
      expect(
        (await api.get(`/api/v1/markets/${market.id}`, { token: stranger.token })).status,
      ).toBe(404);
      expect((await api.get(`/api/v1/markets/${market.id}`, { token: admin.token })).status).toBe(
        200,
      );
      expect(
        (await api.get(`/api/v1/markets/${market.id}`, { token: operator.token })).status,
      ).toBe(200);

      const mine = await api.get('/api/v1/operators/me/markets', { token: operator.token });
      expect(mine.status).toBe(200);
      const byId = new Map(mine.body.items.map((m: any) => [m.id, m.status]));
      expect(byId.get(market.id)).toBe('suspended');
      expect(byId.get(own.id)).toBe('listed');
      expect(byId.has(other.id)).toBe(false);
    });

    it('binds only users holding the operator role, and unbinding takes the right away', async () => {
      const url = (userId: string) => `/api/v1/markets/${other.id}/operators/${userId}`;
      const worker = await api.signIn('worker');
      const refused = await api.put(url(worker.id), undefined, { token: admin.token });
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('NOT_AN_OPERATOR');
      const ghost = await api.put(url('5b0c1e6e-2f7e-4c7a-9c55-1d1f2f0a0b0c'), undefined, {
        token: admin.token,
      });
      expect(ghost.status).toBe(404);
      expect(fields(ghost)).toEqual(['userId']);
      expect((await api.put(url(operator.id), undefined, { token: operator.token })).status).toBe(
        403,
      );

      const second = await api.signIn('operator');
      const first = await api.put(url(second.id), undefined, { token: admin.token });
      const again = await api.put(url(second.id), undefined, { token: admin.token });
      expect(again.status).toBe(200);
      expect(again.body.boundAt).toBe(first.body.boundAt);
      expect((await patch(other.id, { name: '沙河口区零工之家' }, second.token)).status).toBe(200);

      const unbound = await api.request('DELETE', url(second.id), { token: admin.token });
      expect(unbound.status).toBe(204);
      const after = await patch(other.id, { name: '又改名' }, second.token);
      expect(after.status).toBe(403);
      expect(after.body.error.code).toBe('MARKET_NOT_BOUND');
      const mine = await api.get('/api/v1/operators/me/markets', { token: second.token });
      expect(mine.body).toEqual({ items: [], nextCursor: null });
    });

    it('keeps "my markets" for operators', async () => {
      const worker = await api.signIn('worker');
      expect((await api.get('/api/v1/operators/me/markets', { token: worker.token })).status).toBe(
        403,
      );
      expect((await api.get('/api/v1/operators/me/markets')).status).toBe(401);
    });
  });
});
