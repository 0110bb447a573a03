import { startApi, SignedIn, TestApi } from '../support/test-api';
import { boundOperator, deskMarket } from '../desk/desk-factory';
import { employerWithProfile } from '../listings/listings-factory';
import { setClock } from '../matching/matching-factory';
import {
  addEmployer,
  addZone,
  attachShift,
  fairBody,
  insertShift,
  scheduleFair,
} from './fair-factory';

// 08:00 in Shanghai on a Monday.
const NOW = new Date('2030-03-11T00:00:00Z');
const HOUR = 3_600_000;

describe('gig job fairs: scheduling and setting up (clause 九)', () => {
  let api: TestApi;
  let admin: SignedIn;
  let market: any;
  let operator: SignedIn;

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString(), LOG_LEVEL: 'error' });
    admin = await api.signIn('admin');
    market = await deskMarket(api, admin);
    operator = await boundOperator(api, admin, market.id);
  });
  afterAll(() => api.close());
  afterEach(() => setClock(api, NOW));

  it('lets the operator of the market schedule a fair; the public sees it listed and in detail', async () => {
    const res = await api.post(`/api/v1/markets/${market.id}/fairs`, fairBody(NOW, 24, 27), {
      token: operator.token,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      marketId: market.id,
      title: '春风行动零工专场招聘会',
      startsAt: '2030-03-12T08:00:00.000+08:00',
      endsAt: '2030-03-12T11:00:00.000+08:00',
      status: 'scheduled',
      state: 'upcoming',
      zones: [],
      employers: [],
      shifts: [],
    });
    const list = await api.get(`/api/v1/markets/${market.id}/fairs`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((f: any) => f.id)).toContain(res.body.id);
    const detail = await api.get(`/api/v1/fairs/${res.body.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.title).toBe('春风行动零工专场招聘会');
  });

  it('refuses an end before the start, naming endsAt, and leaves nothing behind', async () => {
    const before = await api.count('fairs');
    const res = await api.post(`/api/v1/markets/${market.id}/fairs`, fairBody(NOW, 5, 3), {
      token: operator.token,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_TIME_WINDOW');
    expect(res.body.error.details.map((d: any) => d.field)).toEqual(['endsAt']);
    const past = await api.post(`/api/v1/markets/${market.id}/fairs`, fairBody(NOW, -3, 1), {
      token: operator.token,
    });
    expect(past.status).toBe(400);
    expect(past.body.error.details[0].field).toBe('startsAt');
    const unknown = await api.post(
      `/api/v1/markets/${market.id}/fairs`,
      { ...fairBody(NOW, 40, 42), booths: 3 },
      { token: operator.token },
    );
    expect(unknown.status).toBe(400);
    expect(await api.count('fairs')).toBe(before);
  });

  it('lets only an operator of that market (or an admin) schedule: others 403, unknown market 404', async () => {
    const other = await api.signIn('operator');
    const notBound = await api.post(`/api/v1/markets/${market.id}/fairs`, fairBody(NOW, 50, 52), {
      token: other.token,
    });
    expect(notBound.status).toBe(403);
    expect(notBound.body.error.code).toBe('MARKET_NOT_BOUND');
    const employer = await api.signIn('employer');
    const wrongRole = await api.post(`/api/v1/markets/${market.id}/fairs`, fairBody(NOW, 50, 52), {
      token: employer.token,
    });
    expect(wrongRole.status).toBe(403);
    const anonymous = await api.post(`/api/v1/markets/${market.id}/fairs`, fairBody(NOW, 50, 52));
    expect(anonymous.status).toBe(401);
    const nowhere = await api.post(
      `/api/v1/markets/00000000-0000-4000-8000-000000000000/fairs`,
      fairBody(NOW, 50, 52),
      { token: admin.token },
    );
    expect(nowhere.status).toBe(404);
    const byAdmin = await api.post(`/api/v1/markets/${market.id}/fairs`, fairBody(NOW, 50, 52), {
      token: admin.token,
    });
    expect(byAdmin.status).toBe(201);
  });

  it('refuses two fairs of one market at the same time, even when two desks race', async () => {
    const [a, b] = await Promise.all([
      api.post(`/api/v1/markets/${market.id}/fairs`, fairBody(NOW, 72, 75), {
        token: operator.token,
      }),
      api.post(`/api/v1/markets/${market.id}/fairs`, fairBody(NOW, 73, 76), {
        token: admin.token,
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect([a, b].find((r) => r.status === 409)!.body.error.code).toBe('FAIR_OVERLAP');
  });

  it('edits and cancels before the start, not after; the public list marks a cancelled fair', async () => {
    const fair = await scheduleFair(api, operator, market.id, NOW, 100, 102);
    const edited = await api.patch(
      `/api/v1/fairs/${fair.id}`,
      { title: '家政专场招聘会' },
      { token: operator.token },
    );
    expect(edited.status).toBe(200);
    expect(edited.body.title).toBe('家政专场招聘会');
    const badEdit = await api.patch(
      `/api/v1/fairs/${fair.id}`,
      { endsAt: fair.startsAt },
      { token: operator.token },
    );
    expect(badEdit.status).toBe(400);

    const started = await scheduleFair(api, operator, market.id, NOW, 120, 122);
    setClock(api, new Date(NOW.getTime() + 121 * HOUR));
    const late = await api.post(`/api/v1/fairs/${started.id}/cancel`, undefined, {
      token: operator.token,
    });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('FAIR_STARTED');
    const lateEdit = await api.patch(
      `/api/v1/fairs/${started.id}`,
      { title: '改名' },
      { token: operator.token },
    );
    expect(lateEdit.body.error.code).toBe('FAIR_STARTED');
    setClock(api, NOW);

    const cancelled = await api.post(`/api/v1/fairs/${fair.id}/cancel`, undefined, {
      token: operator.token,
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', state: 'cancelled' });
    const again = await api.post(`/api/v1/fairs/${fair.id}/cancel`, undefined, {
      token: operator.token,
    });
    expect(again.status).toBe(200);
    const list = await api.get(`/api/v1/markets/${market.id}/fairs?limit=100`);
    expect(list.body.items.find((f: any) => f.id === fair.id).state).toBe('cancelled');
  });

  it('pages the public list with a cursor, soonest first', async () => {
    const own = await deskMarket(api, admin);
    for (const h of [10, 30, 20]) await scheduleFair(api, admin, own.id, NOW, h, h + 1);
    const first = await api.get(`/api/v1/markets/${own.id}/fairs?limit=2`);
    expect(first.body.items.map((f: any) => f.startsAt.slice(11, 16))).toEqual(['18:00', '04:00']);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await api.get(
      `/api/v1/markets/${own.id}/fairs?limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items.map((f: any) => f.startsAt.slice(11, 16))).toEqual(['14:00']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('sets up zones and booths, and attaches shifts by the operator or a participating employer only', async () => {
    const fair = await scheduleFair(api, operator, market.id, NOW, 200, 203);
    const withZone = await addZone(api, operator, fair.id, '装卸专区', ['loader']);
    const zoneId = withZone.zones[0].id;
    const dup = await api.post(
      `/api/v1/fairs/${fair.id}/zones`,
      { name: '装卸专区', tradeCodes: [] },
      { token: operator.token },
    );
    expect(dup.status).toBe(409);
    const badTrade = await api.post(
      `/api/v1/fairs/${fair.id}/zones`,
      { name: '未知专区', tradeCodes: ['no_such_trade'] },
      { token: operator.token },
    );
    expect(badTrade.status).toBe(400);
    expect(badTrade.body.error.code).toBe('UNKNOWN_TRADE');

    const present = await employerWithProfile(api, { name: '大连港装卸服务有限公司' });
    const absent = await employerWithProfile(api);
    const detail = await addEmployer(api, operator, fair.id, present, zoneId, 'A01');
    expect(detail.employers).toEqual([
      { employerId: present.id, name: '大连港装卸服务有限公司', zoneId, booth: 'A01' },
    ]);
    expect(JSON.stringify(detail)).not.toContain(present.phone);
    const taken = await api.post(
      `/api/v1/fairs/${fair.id}/employers`,
      { phone: absent.phone, zoneId, booth: 'A01' },
      { token: operator.token },
    );
    expect(taken.status).toBe(409);
    expect(taken.body.error.details[0].field).toBe('booth');
    const nobody = await api.post(
      `/api/v1/fairs/${fair.id}/employers`,
      { phone: api.newPhone(), zoneId, booth: 'B01' },
      { token: operator.token },
    );
    expect(nobody.status).toBe(404);

    const start = new Date(NOW.getTime() + 200 * HOUR);
    const mine = { id: await insertShift(api, present.id, start) };
    const theirs = { id: await insertShift(api, absent.id, NOW) };
    // The employer attaches their own shift.
    const attached = await attachShift(api, present, fair.id, mine.id);
    expect(attached.shifts).toEqual([
      expect.objectContaining({ shiftId: mine.id, employerId: present.id, seatsLeft: 3 }),
    ]);
    // Twice is harmless.
    expect((await attachShift(api, present, fair.id, mine.id)).shifts).toHaveLength(1);
    // An employer without a booth cannot, nor may the operator attach their shift.
    const notThere = await api.post(
      `/api/v1/fairs/${fair.id}/shifts`,
      { shiftId: theirs.id },
      { token: absent.token },
    );
    expect(notThere.status).toBe(409);
    expect(notThere.body.error.code).toBe('NOT_AT_FAIR');
    const byOperator = await api.post(
      `/api/v1/fairs/${fair.id}/shifts`,
      { shiftId: theirs.id },
      { token: operator.token },
    );
    expect(byOperator.body.error.code).toBe('NOT_AT_FAIR');
    // Someone else's shift: 403.
    const foreign = await api.post(
      `/api/v1/fairs/${fair.id}/shifts`,
      { shiftId: mine.id },
      { token: absent.token },
    );
    expect(foreign.status).toBe(403);
    // Once given a booth, the operator may attach it.
    await addEmployer(api, operator, fair.id, absent, zoneId, 'A02');
    const both = await attachShift(api, operator, fair.id, theirs.id);
    expect(both.shifts.map((s: any) => s.shiftId).sort()).toEqual([mine.id, theirs.id].sort());
    const fairs = await api.get('/api/v1/employers/me/fairs', { token: absent.token });
    expect(fairs.body.items.map((f: any) => f.id)).toContain(fair.id);

    // Taking the employer off takes their shifts off too.
    const removed = await api.request('DELETE', `/api/v1/fairs/${fair.id}/employers/${absent.id}`, {
      token: operator.token,
    });
    expect(removed.status).toBe(200);
    expect(removed.body.shifts.map((s: any) => s.shiftId)).toEqual([mine.id]);

    // After the fair, nothing more is attached.
    setClock(api, new Date(NOW.getTime() + 204 * HOUR));
    const over = await api.post(
      `/api/v1/fairs/${fair.id}/zones`,
      { name: '家政专区', tradeCodes: [] },
      { token: operator.token },
    );
    expect(over.body.error.code).toBe('FAIR_CLOSED');
  });
});
