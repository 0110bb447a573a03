import { startApi, SignedIn, TestApi } from '../support/test-api';
import { DEV_CODE } from '../support/test-env';
import { employerAndShift } from '../matching/matching-factory';
import { boundOperator, deskMarket, registerWalkIn, walkInBody } from './desk-factory';

// 08:00 in Shanghai on a Monday; the factories' shifts start at 10:00.
const NOW = new Date('2030-03-11T00:00:00Z');

describe('operator desk: registering walk-in workers', () => {
  let api: TestApi;
  let admin: SignedIn;
  let market: any;
  let operator: SignedIn;
  let version: string;

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
    admin = await api.signIn('admin');
    market = await deskMarket(api, admin);
    operator = await boundOperator(api, admin, market.id);
    const consent = await api.get('/api/v1/walk-in-consent', { token: operator.token });
    expect(consent.status).toBe(200);
    expect(consent.body.zh).toContain('代');
    expect(consent.body.en).toContain('accept shift offers');
    version = consent.body.version;
  });
  afterAll(() => api.close());

  it('registers a walk-in: a worker account with the profile, and the consent recorded', async () => {
    const body = walkInBody(api, version, {
      consent: { method: 'signed', textVersion: version },
    });
    const res = await api.post(`/api/v1/markets/${market.id}/walk-ins`, body, {
      token: operator.token,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      phone: body.phone,
      name: '李大强',
      homeDistrict: '中山区',
      trades: ['loader'],
      consent: {
        method: 'signed',
        textVersion: version,
        marketId: market.id,
        operatorId: operator.id,
      },
    });

    const [user] = await api.db.query(`SELECT id, roles FROM users WHERE phone = $1`, [body.phone]);
    expect(user).toEqual({ id: res.body.workerId, roles: ['worker'] });
    const [profile] = await api.db.query(
      `SELECT name, home_district, availability FROM worker_profiles WHERE user_id = $1`,
      [user.id],
    );
    expect(profile).toEqual({ name: '李大强', home_district: '中山区', availability: [] });
    const consents = await api.db.query(
      `SELECT worker_id, market_id, operator_id, method, text_version FROM walk_in_consents
        WHERE worker_id = $1`,
      [user.id],
    );
    expect(consents).toEqual([
      {
        worker_id: user.id,
        market_id: market.id,
        operator_id: operator.id,
        method: 'signed',
        text_version: version,
      },
    ]);
  });

  it('adds the worker role to an existing account (an employer walks in) and lists walk-ins with phones masked but for an exact search', async () => {
    const employer = await api.signIn('employer');
    // An existing account: the person proves it is theirs (here the test environment's code).
    const walkIn = await registerWalkIn(api, operator, market.id, version, {
      phone: employer.phone,
      verification: { code: DEV_CODE },
    });
    expect(walkIn.workerId).toBe(employer.id);
    const [user] = await api.db.query(`SELECT roles FROM users WHERE id = $1`, [employer.id]);
    expect(user.roles.sort()).toEqual(['employer', 'worker']);

    const all = await api.get(`/api/v1/markets/${market.id}/walk-ins`, { token: operator.token });
    expect(all.status).toBe(200);
    const mine = all.body.items.find((w: any) => w.workerId === employer.id);
    expect(mine.phone).toBe(`${employer.phone.slice(0, 3)}****${employer.phone.slice(-4)}`);
    expect(JSON.stringify(all.body)).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);

    const exact = await api.get(`/api/v1/markets/${market.id}/walk-ins?phone=${employer.phone}`, {
      token: operator.token,
    });
    expect(exact.body.items).toHaveLength(1);
    expect(exact.body.items[0]).toMatchObject({ workerId: employer.id, phone: employer.phone });

    const byName = await api.get(
      `/api/v1/markets/${market.id}/walk-ins?q=${encodeURIComponent('大强')}`,
      { token: operator.token },
    );
    expect(byName.body.items.length).toBeGreaterThanOrEqual(2);
    expect(byName.body.items.every((w: any) => w.phone.includes('****'))).toBe(true);
  });

  it('refuses a registration without consent (400 naming consent) and writes nothing', async () => {
    const before = await Promise.all(
      ['users', 'worker_profiles', 'walk_in_consents'].map((t) => api.count(t)),
    );
    const body = walkInBody(api, version);
    delete body.consent;
    const res = await api.post(`/api/v1/markets/${market.id}/walk-ins`, body, {
      token: operator.token,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details.map((d: any) => d.field)).toContain('consent');

    const bad = await api.post(
      `/api/v1/markets/${market.id}/walk-ins`,
      walkInBody(api, version, { consent: { method: 'nodded', textVersion: version } }),
      { token: operator.token },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: any) => d.field)).toContain('consent.method');

    const outdated = await api.post(
      `/api/v1/markets/${market.id}/walk-ins`,
      walkInBody(api, version, { consent: { method: 'verbal', textVersion: 'v0' } }),
      { token: operator.token },
    );
    expect(outdated.status).toBe(400);
    expect(outdated.body.error.details.map((d: any) => d.field)).toEqual(['consent.textVersion']);

    // A profile the workers service refuses leaves no account behind either.
    const unknownTrade = await api.post(
      `/api/v1/markets/${market.id}/walk-ins`,
      walkInBody(api, version, {
        profile: {
          name: '王五',
          trades: [{ code: 'astronaut', level: 1 }],
          homeDistrict: '中山区',
        },
      }),
      { token: operator.token },
    );
    expect(unknownTrade.status).toBe(400);
    expect(unknownTrade.body.error.code).toBe('UNKNOWN_TRADE');

    const after = await Promise.all(
      ['users', 'worker_profiles', 'walk_in_consents'].map((t) => api.count(t)),
    );
    expect(after).toEqual(before);
  });

  it('refuses an operator of another market (403 MARKET_NOT_BOUND) and lets an admin act on any market', async () => {
    const otherMarket = await deskMarket(api, admin);
    const stranger = await boundOperator(api, admin, otherMarket.id);
    const before = await api.count('walk_in_consents');
    const res = await api.post(`/api/v1/markets/${market.id}/walk-ins`, walkInBody(api, version), {
      token: stranger.token,
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('MARKET_NOT_BOUND');
    const list = await api.get(`/api/v1/markets/${market.id}/walk-ins`, { token: stranger.token });
    expect(list.status).toBe(403);
    expect(list.body.error.code).toBe('MARKET_NOT_BOUND');
    expect(await api.count('walk_in_consents')).toBe(before);

    const worker = await api.signIn('worker');
    const asWorker = await api.get(`/api/v1/markets/${market.id}/walk-ins`, {
      token: worker.token,
    });
    expect(asWorker.status).toBe(403);

    const byAdmin = await api.post(
      `/api/v1/markets/${market.id}/walk-ins`,
      walkInBody(api, version),
      { token: admin.token },
    );
    expect(byAdmin.status).toBe(201);
    expect(byAdmin.body.consent.operatorId).toBe(admin.id);
  });

  it('lists open shifts near the market that the walk-in could take, best first', async () => {
    const walkIn = await registerWalkIn(api, operator, market.id, version);
    const { shift } = await employerAndShift(api, NOW, { tradeCode: 'loader' });
    const { shift: otherTrade } = await employerAndShift(api, NOW, { tradeCode: 'mover' });
    const res = await api.get(`/api/v1/markets/${market.id}/walk-ins/${walkIn.workerId}/shifts`, {
      token: operator.token,
    });
    expect(res.status).toBe(200);
    const ids = res.body.items.map((i: any) => i.shift.id);
    expect(ids).toContain(shift.id);
    expect(ids).not.toContain(otherTrade.id);
    const item = res.body.items.find((i: any) => i.shift.id === shift.id);
    expect(item.distanceKm).toBeLessThan(0.01);
    expect(item.score.total).toBeGreaterThan(0);
    const totals = res.body.items.map((i: any) => i.score.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));

    const stranger = await api.signIn('worker');
    const noConsent = await api.get(`/api/v1/markets/${market.id}/walk-ins/${stranger.id}/shifts`, {
      token: operator.token,
    });
    expect(noConsent.status).toBe(409);
    expect(noConsent.body.error.code).toBe('NO_WALK_IN_CONSENT');
  });
});
