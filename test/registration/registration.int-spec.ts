import { Clock, type FixedClock } from '@app/common';
import { startApi, SignedIn, TestApi } from '../support/test-api';
import { registrationBody, submitted } from './registration-factory';

// Friday 13 February 2026, 10:00 in Dalian: the last working day before 春节 (Feb 15–23).
const FRIDAY_BEFORE_SPRING_FESTIVAL = '2026-02-13T02:00:00Z';

describe('flexible-employment registration (clause 六)', () => {
  let api: TestApi;
  let admin: SignedIn;
  const setClock = (at: string) => (api.app.get(Clock) as FixedClock).set(at);

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: FRIDAY_BEFORE_SPRING_FESTIVAL });
    admin = await api.signIn('admin');
  });
  afterEach(() => setClock(FRIDAY_BEFORE_SPRING_FESTIVAL));
  afterAll(() => api.close());

  it('is due 7 working days later across the Spring Festival: Mar 2, counting the make-up Saturdays Feb 14 and 28', async () => {
    const commitment = await api.get('/api/v1/registration-commitment');
    expect(commitment.status).toBe(200);
    expect(commitment.body.zh).toContain('承诺');

    const worker = await api.signIn('worker');
    const body = registrationBody();
    const res = await api.post('/api/v1/registrations', body, { token: worker.token });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'pending',
      name: '王小明',
      idNumber: body.idNumber,
      phone: '13912345678',
      submittedAt: '2026-02-13T10:00:00.000+08:00',
      dueOn: '2026-03-02',
      overdue: false,
      commitment: { version: '2026-11-v1', signedAt: '2026-02-13T10:00:00.000+08:00' },
    });
    expect(res.body.number).toMatch(/^LG-2026-\d{6}$/);
    expect(res.body.history).toEqual([
      expect.objectContaining({ kind: 'submitted', actorRole: 'worker', dueOn: '2026-03-02' }),
    ]);

    // On the due day it is not yet overdue; the next day it is, by one day.
    setClock('2026-03-02T15:59:00Z');
    let list = await api.get('/api/v1/admin/registrations?overdue=true&limit=100', {
      token: admin.token,
    });
    expect(list.body.items.map((r: any) => r.id)).not.toContain(res.body.id);
    setClock('2026-03-03T01:00:00Z');
    list = await api.get('/api/v1/admin/registrations?overdue=true&limit=100', {
      token: admin.token,
    });
    const row = list.body.items.find((r: any) => r.id === res.body.id);
    expect(row).toMatchObject({ overdue: true, daysOverdue: 1, number: res.body.number });
    // Lists never show the ID number or phone whole.
    expect(row.idNumber).toBe(`${body.idNumber.slice(0, 4)}**********${body.idNumber.slice(-4)}`);
    expect(row.phone).toBe('139****5678');
    expect(JSON.stringify(list.body)).not.toContain(body.idNumber);
  });

  it('takes an admin calendar change into new due dates at once', async () => {
    // Suppose the city made Mon Mar 2, 2026 a local holiday: the same Friday submission moves to Mar 3.
    const put = await api.put(
      '/api/v1/admin/calendar/2026-03-02',
      { kind: 'holiday', name: '测试假日' },
      { token: admin.token },
    );
    expect(put.status).toBe(200);
    const { registration } = await submitted(api);
    expect(registration.dueOn).toBe('2026-03-03');
    const year = await api.get('/api/v1/admin/calendar?year=2026', { token: admin.token });
    expect(year.body.days).toContainEqual({
      date: '2026-02-14',
      kind: 'workday',
      name: '春节调休上班',
    });
    expect(year.body.days).toContainEqual({
      date: '2026-03-02',
      kind: 'holiday',
      name: '测试假日',
    });
    const del = await api.request('DELETE', '/api/v1/admin/calendar/2026-03-02', {
      token: admin.token,
    });
    expect(del.status).toBe(204);
    const again = await api.request('DELETE', '/api/v1/admin/calendar/2026-03-02', {
      token: admin.token,
    });
    expect(again.status).toBe(404);
    expect((await submitted(api)).registration.dueOn).toBe('2026-03-02');
    // A worker may not touch the calendar; a date that does not exist is a 400.
    const worker = await api.signIn('worker');
    const denied = await api.put(
      '/api/v1/admin/calendar/2026-03-05',
      { kind: 'holiday', name: 'x' },
      { token: worker.token },
    );
    expect(denied.status).toBe(403);
    const bad = await api.put(
      '/api/v1/admin/calendar/2026-02-30',
      { kind: 'holiday', name: 'x' },
      { token: admin.token },
    );
    expect(bad.status).toBe(400);
  });

  it('is returned with a reason, corrected and resubmitted with a new due date, then accepted — all in the history', async () => {
    const { worker, registration } = await submitted(api, { address: '西南路一号' });
    setClock('2026-02-24T02:00:00Z');
    const returned = await api.post(
      `/api/v1/admin/registrations/${registration.id}/return`,
      { reason: '地址不完整，请补充门牌号' },
      { token: admin.token },
    );
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({
      status: 'returned',
      returnReason: '地址不完整，请补充门牌号',
    });

    const mine = await api.get('/api/v1/registrations/me', { token: worker.token });
    expect(mine.body).toMatchObject({
      status: 'returned',
      returnReason: '地址不完整，请补充门牌号',
    });

    // Wed Feb 25: resubmitted; 7 working days on is Thu Mar 5 (Sat Feb 28 works).
    setClock('2026-02-25T02:00:00Z');
    const again = await api.put(
      '/api/v1/registrations/me',
      registrationBody({
        idNumber: registration.idNumber,
        address: '大连市沙河口区西南路 100 号 3-2-1',
      }),
      { token: worker.token },
    );
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      number: registration.number,
      status: 'pending',
      dueOn: '2026-03-05',
      returnReason: null,
    });

    const accepted = await api.post(
      `/api/v1/admin/registrations/${registration.id}/accept`,
      undefined,
      { token: admin.token },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    const twice = await api.post(
      `/api/v1/admin/registrations/${registration.id}/accept`,
      undefined,
      { token: admin.token },
    );
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('REGISTRATION_NOT_PENDING');

    const detail = await api.get(`/api/v1/admin/registrations/${registration.id}`, {
      token: admin.token,
    });
    expect(detail.body.idNumber).toBe(registration.idNumber);
    expect(detail.body.history).toEqual([
      expect.objectContaining({ kind: 'submitted', actorRole: 'worker', dueOn: '2026-03-02' }),
      expect.objectContaining({
        kind: 'returned',
        actorRole: 'admin',
        actorId: admin.id,
        reason: '地址不完整，请补充门牌号',
      }),
      expect.objectContaining({
        kind: 'resubmitted',
        changedFields: ['address'],
        dueOn: '2026-03-05',
        at: '2026-02-25T10:00:00.000+08:00',
      }),
      expect.objectContaining({ kind: 'accepted', actorId: admin.id }),
    ]);
    // History rows are evidence: the database refuses to change them.
    await expect(
      api.db.query(
        `UPDATE flexible_registration_events SET reason = 'x' WHERE registration_id = $1`,
        [registration.id],
      ),
    ).rejects.toThrow(/never changed/);
  });

  it('refuses a second registration, an unsigned or outdated commitment and a bad ID number, leaving nothing behind', async () => {
    const { worker } = await submitted(api);
    const second = await api.post('/api/v1/registrations', registrationBody(), {
      token: worker.token,
    });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('REGISTRATION_EXISTS');

    const other = await api.signIn('worker');
    const before = await api.count('flexible_registrations');
    const unsigned = await api.post(
      '/api/v1/registrations',
      registrationBody({ commitment: { version: '2026-11-v1', signed: false } }),
      { token: other.token },
    );
    expect(unsigned.status).toBe(400);
    expect(unsigned.body.error.details[0].field).toBe('commitment.signed');
    const outdated = await api.post(
      '/api/v1/registrations',
      registrationBody({ commitment: { version: '2020-01-v0', signed: true } }),
      { token: other.token },
    );
    expect(outdated.status).toBe(400);
    expect(outdated.body.error.details[0].field).toBe('commitment.version');
    const badId = await api.post(
      '/api/v1/registrations',
      registrationBody({ idNumber: '110105194912310021' }),
      { token: other.token },
    );
    expect(badId.status).toBe(400);
    expect(badId.body.error.details[0].field).toBe('idNumber');
    const badTrade = await api.post(
      '/api/v1/registrations',
      registrationBody({ trades: ['no_such_trade'] }),
      { token: other.token },
    );
    expect(badTrade.status).toBe(400);
    expect(await api.count('flexible_registrations')).toBe(before);
    const none = await api.get('/api/v1/registrations/me', { token: other.token });
    expect(none.status).toBe(404);
  });

  it('lets only one of two racing answers win, and keeps staff pages to admins', async () => {
    const { worker, registration } = await submitted(api);
    const [a, b] = await Promise.all([
      api.post(`/api/v1/admin/registrations/${registration.id}/accept`, undefined, {
        token: admin.token,
      }),
      api.post(
        `/api/v1/admin/registrations/${registration.id}/return`,
        { reason: '信息有误' },
        { token: admin.token },
      ),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const events = await api.db.query(
      `SELECT kind FROM flexible_registration_events WHERE registration_id = $1 ORDER BY id`,
      [registration.id],
    );
    expect(events).toHaveLength(2);
    const denied = await api.get('/api/v1/admin/registrations', { token: worker.token });
    expect(denied.status).toBe(403);
  });

  it('pages the staff list and filters by status', async () => {
    for (let i = 0; i < 3; i++) await submitted(api);
    const first = await api.get('/api/v1/admin/registrations?status=pending&limit=2', {
      token: admin.token,
    });
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items.every((r: any) => r.status === 'pending')).toBe(true);
    const next = await api.get(
      `/api/v1/admin/registrations?status=pending&limit=2&cursor=${first.body.nextCursor}`,
      { token: admin.token },
    );
    expect(next.status).toBe(200);
    const ids = new Set([...first.body.items, ...next.body.items].map((r: any) => r.id));
    expect(ids.size).toBe(first.body.items.length + next.body.items.length);
    const bad = await api.get('/api/v1/admin/registrations?overdue=maybe', { token: admin.token });
    expect(bad.status).toBe(400);
  });
});
