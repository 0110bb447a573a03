import { Clock, type FixedClock } from '@app/common';
import { startApi, SignedIn, TestApi } from '../support/test-api';
import { submitted } from './registration-factory';

// Wednesday 23 December 2026, 10:00 in Dalian: 7 working days from here reach January 2027.
const DEC_23 = '2026-12-23T02:00:00Z';

describe('the working-day calendar across years (2027 loaded provisionally)', () => {
  let api: TestApi;
  let admin: SignedIn;
  const setClock = (at: string) => (api.app.get(Clock) as FixedClock).set(at);
  const mine = async (w: SignedIn) =>
    (await api.get('/api/v1/registrations/me', { token: w.token })).body;

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: DEC_23 });
    admin = await api.signIn('admin');
  });
  afterEach(() => setClock(DEC_23));
  afterAll(() => api.close());

  it('skips New Year’s Day 2027 and marks the due date provisional until 2027 is confirmed', async () => {
    const { worker, registration } = await submitted(api);
    // Thu 24, Fri 25, Mon 28 … Thu 31 are six; Fri 1 Jan is 元旦, then the weekend: Mon 4 Jan.
    expect(registration).toMatchObject({
      dueOn: '2027-01-04',
      dueProvisional: true,
      awaitingCalendar: false,
    });

    const year = await api.get('/api/v1/admin/calendar?year=2027', { token: admin.token });
    expect(year.body).toMatchObject({ year: '2027', status: 'provisional' });
    expect(year.body.source).toContain('793');
    expect(year.body.days).toContainEqual({ date: '2027-01-01', kind: 'holiday', name: '元旦' });
    expect(year.body.days.map((d: any) => d.date)).toHaveLength(13);

    // The State Council's notice is out: the admin enters a make-up day and confirms the year.
    const put = await api.put(
      '/api/v1/admin/calendar/2027-02-20',
      { kind: 'workday', name: '春节调休上班' },
      { token: admin.token },
    );
    expect(put.status).toBe(200);
    const confirm = await api.post('/api/v1/admin/calendar/years/2027/confirm', undefined, {
      token: admin.token,
    });
    expect(confirm.status).toBe(200);
    expect(confirm.body.status).toBe('confirmed');

    expect(await mine(worker)).toMatchObject({ dueOn: '2027-01-04', dueProvisional: false });
    const audit = await api.get('/api/v1/admin/audit?limit=20', { token: admin.token });
    expect(audit.body.items.map((a: any) => a.action)).toEqual(
      expect.arrayContaining(['calendar.set_day', 'calendar.confirm']),
    );
  });

  it('warns admins from 1 December (Beijing) while next year is not confirmed', async () => {
    const status = () => api.get('/api/v1/admin/calendar/status', { token: admin.token });
    // 23:59 on 30 November in Beijing: no warning yet, even for a missing 2028.
    setClock('2027-11-30T15:59:00Z');
    expect((await status()).body).toMatchObject({
      nextYear: 2028,
      nextYearStatus: 'missing',
      warn: false,
    });
    // Midnight in Beijing, 1 December.
    setClock('2027-11-30T16:00:00Z');
    expect((await status()).body).toMatchObject({
      today: '2027-12-01',
      nextYear: 2028,
      nextYearStatus: 'missing',
      warn: true,
    });
  });

  it('accepts an application whose count reaches a year not loaded, flags it, and dates it once the year is loaded', async () => {
    setClock('2027-12-23T02:00:00Z');
    const { worker, registration } = await submitted(api);
    expect(registration).toMatchObject({
      status: 'pending',
      dueOn: null,
      awaitingCalendar: true,
      dueProvisional: false,
      overdue: false,
    });
    const undated = await api.get('/api/v1/admin/registrations?undated=true&limit=100', {
      token: admin.token,
    });
    expect(undated.body.items.map((r: any) => r.id)).toEqual([registration.id]);
    const status = await api.get('/api/v1/admin/calendar/status', { token: admin.token });
    expect(status.body).toMatchObject({ warn: true, undatedRegistrations: 1 });

    // A day of a year not loaded cannot be set: load the year first.
    const early = await api.put(
      '/api/v1/admin/calendar/2028-01-03',
      { kind: 'holiday', name: '测试' },
      { token: admin.token },
    );
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('CALENDAR_YEAR_NOT_LOADED');

    const load = await api.post('/api/v1/admin/calendar/years/2028', undefined, {
      token: admin.token,
    });
    expect(load.status).toBe(201);
    expect(load.body).toMatchObject({ year: '2028', status: 'provisional' });
    // 2028's 中秋 is 3 October, inside 国庆: 12 days.
    expect(load.body.days).toHaveLength(12);
    const again = await api.post('/api/v1/admin/calendar/years/2028', undefined, {
      token: admin.token,
    });
    expect(again.status).toBe(409);

    // Thu 23 Dec 2027: Fri 24, Mon 27 … Fri 31 (6), Sat 1 Jan 2028 is 元旦, Mon 3 Jan (7).
    expect(await mine(worker)).toMatchObject({
      dueOn: '2028-01-03',
      dueProvisional: true,
      awaitingCalendar: false,
    });
  });

  it('lets only admins read or change the calendar', async () => {
    for (const role of ['worker', 'employer', 'operator'] as const) {
      const user = await api.signIn(role);
      const opts = { token: user.token };
      expect((await api.get('/api/v1/admin/calendar/status', opts)).status).toBe(403);
      expect((await api.post('/api/v1/admin/calendar/years/2029', undefined, opts)).status).toBe(
        403,
      );
      expect(
        (await api.post('/api/v1/admin/calendar/years/2027/confirm', undefined, opts)).status,
      ).toBe(403);
    }
    expect((await api.get('/api/v1/admin/calendar/status')).status).toBe(401);
    // The rule covers 2025 on: an earlier year is a 400, not a guess.
    const old = await api.post('/api/v1/admin/calendar/years/2024', undefined, {
      token: admin.token,
    });
    expect(old.status).toBe(400);
    const year = await api.get('/api/v1/admin/calendar?year=2029', { token: admin.token });
    expect(year.body).toMatchObject({ status: 'missing', days: [] });
  });
});
