import { startApi, TestApi } from '../support/test-api';
import { CENTRE, northOfCentre } from '../listings/listings-factory';
import { GRAB_BODY } from '../support/grab-body';
import {
  bookedSeat,
  checkOut,
  creditOf,
  eventsSince,
  lastEventId,
  seatSnapshot,
  setClock,
  workers,
} from './matching-factory';

// 08:00 in Shanghai; shifts start at 10:00 and end at 14:00 the same day.
const NOW = new Date('2030-03-11T00:00:00Z');
const at = (hhmm: string, day = '2030-03-11') => new Date(`${day}T${hhmm}:00+08:00`);

describe('the life of an assignment', () => {
  let api: TestApi;
  const post = (url: string, token: string, body?: unknown) =>
    api.post(`/api/v1${url}`, body, { token });
  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
  });
  afterAll(() => api.close());
  afterEach(() => setClock(api, NOW));

  it('confirm: the employer hires, and only then sees the worker in full', async () => {
    const { employer, shift, worker, assignment } = await bookedSeat(api, NOW);
    const second = (await workers(api, 1))[0]!;
    await post(`/shifts/${shift.id}/grab`, second.token, GRAB_BODY);

    const masked = await api.get(`/api/v1/shifts/${shift.id}/assignments`, {
      token: employer.token,
    });
    expect(masked.status).toBe(200);
    expect(masked.body.items.map((a: any) => a.worker)).toEqual([
      { name: '张**', phone: expect.stringMatching(/^139\*{4}\d{4}$/) },
      { name: '张**', phone: expect.stringMatching(/^139\*{4}\d{4}$/) },
    ]);

    const since = await lastEventId(api);
    const res = await post(`/assignments/${assignment.id}/confirm`, employer.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: assignment.id, status: 'confirmed' });
    expect(await eventsSince(api, since)).toEqual([
      {
        id: expect.any(Number),
        type: 'assignment.updated',
        rooms: [`worker:${worker.id}`, `employer:${employer.id}`, `shift:${shift.id}`],
        data: {
          assignmentId: assignment.id,
          shiftId: shift.id,
          workerId: worker.id,
          status: 'confirmed',
        },
      },
    ]);
    const list = await api.get(`/api/v1/shifts/${shift.id}/assignments`, { token: employer.token });
    const hired = list.body.items.find((a: any) => a.id === assignment.id);
    const waiting = list.body.items.find((a: any) => a.id !== assignment.id);
    expect(hired.worker).toEqual({ name: '张三丰', phone: worker.phone });
    expect(waiting.worker.phone).not.toBe(second.phone);

    const stranger = (await workers(api, 1))[0]!;
    const other = await api.get(`/api/v1/shifts/${shift.id}/assignments`, {
      token: stranger.token,
    });
    expect(other.status).toBe(403);
  });

  it('check-in: a wrong code is refused, the right one works, and only once', async () => {
    const { employer, shift, worker, assignment } = await bookedSeat(api, NOW, { confirm: true });
    const url = `/assignments/${assignment.id}/check-in`;

    setClock(api, at('09:30'));
    const codeRes = await api.get(`/api/v1/shifts/${shift.id}/check-in-code`, {
      token: employer.token,
    });
    expect(codeRes.status).toBe(200);
    const { code, expiresAt } = codeRes.body;
    expect(code).toMatch(/^\d{6}$/);
    expect(Date.parse(expiresAt)).toBeGreaterThan(at('09:30').getTime());
    const notOwner = await api.get(`/api/v1/shifts/${shift.id}/check-in-code`, {
      token: worker.token,
    });
    expect(notOwner.status).toBe(403);

    const before = await seatSnapshot(api, shift.id);
    const wrong = await post(url, worker.token, { code: code === '000000' ? '000001' : '000000' });
    expect([wrong.status, wrong.body.error.code, wrong.body.error.details[0].field]).toEqual([
      409,
      'CHECK_IN_CODE_INVALID',
      'code',
    ]);
    const both = await post(url, worker.token, { code, location: CENTRE });
    expect([both.status, both.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    setClock(api, at('08:59'));
    const early = await post(url, worker.token, { code });
    expect([early.status, early.body.error.code]).toEqual([409, 'CHECK_IN_TOO_EARLY']);
    expect(await seatSnapshot(api, shift.id)).toEqual(before);

    setClock(api, at('09:30'));
    const since = await lastEventId(api);
    const ok = await post(url, worker.token, { code });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      status: 'checked_in',
      checkInAt: '2030-03-11T09:30:00.000+08:00',
    });
    expect((await eventsSince(api, since)).map((e) => [e.type, e.data.status])).toEqual([
      ['assignment.updated', 'checked_in'],
    ]);

    const after = await seatSnapshot(api, shift.id);
    const twice = await post(url, worker.token, { code });
    expect([twice.status, twice.body.error.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
    expect(await seatSnapshot(api, shift.id)).toEqual(after);
  });

  it('check-in by location: within 300 m of the site only, never on the day before', async () => {
    const { shift, worker, assignment } = await bookedSeat(api, NOW, { confirm: true });
    const url = `/assignments/${assignment.id}/check-in`;
    setClock(api, at('23:30', '2030-03-10'));
    const dayBefore = await post(url, worker.token, { location: CENTRE });
    expect([dayBefore.status, dayBefore.body.error.code]).toEqual([409, 'CHECK_IN_TOO_EARLY']);
    setClock(api, at('09:45'));
    const far = await post(url, worker.token, { location: northOfCentre(0.5) });
    expect([far.status, far.body.error.code, far.body.error.details[0].field]).toEqual([
      409,
      'NOT_ON_SITE',
      'location',
    ]);
    const near = await post(url, worker.token, { location: northOfCentre(0.2) });
    expect([near.status, near.body.status]).toEqual([200, 'checked_in']);
    const [row] = await api.db.query(`SELECT check_in_method FROM assignments WHERE id = $1`, [
      assignment.id,
    ]);
    expect(row.check_in_method).toBe('location');
    expect(shift.location).toMatchObject(CENTRE);
  });

  it('check-out records minutes, hours and pay, the completed credit, and ratings once', async () => {
    const { employer, shift, worker, assignment } = await bookedSeat(api, NOW, { confirm: true });
    setClock(api, at('09:30'));
    await post(`/assignments/${assignment.id}/check-in`, worker.token, { location: CENTRE });
    const tooSoon = await post(`/assignments/${assignment.id}/rate`, worker.token, { stars: 5 });
    expect([tooSoon.status, tooSoon.body.error.code]).toEqual([409, 'ILLEGAL_TRANSITION']);

    setClock(api, at('13:45'));
    const since = await lastEventId(api);
    const res = await checkOut(api, assignment.id, employer.token);
    expect(res.status).toBe(200);
    // 09:30–13:45 is 255 minutes = 4.25 h at 30 元/h = 127.50 元.
    expect(res.body).toEqual({
      id: assignment.id,
      shiftId: shift.id,
      workerId: worker.id,
      status: 'completed',
      source: 'grab',
      checkInAt: '2030-03-11T09:30:00.000+08:00',
      checkOutAt: '2030-03-11T13:45:00.000+08:00',
      hours: 4.25,
      payFen: 12750,
      figuresConfirmedBy: 'employer',
    });
    expect((await eventsSince(api, since)).map((e) => [e.type, e.data.status])).toEqual([
      ['assignment.updated', 'completed'],
    ]);
    expect(await creditOf(api, worker.id)).toEqual({
      score: 102,
      events: [{ kind: 'completed', delta: 2, assignment_id: assignment.id }],
    });

    const rated = await post(`/assignments/${assignment.id}/rate`, worker.token, {
      stars: 5,
      comment: '老板很好',
    });
    expect(rated.status).toBe(200);
    const again = await post(`/assignments/${assignment.id}/rate`, worker.token, { stars: 1 });
    expect([again.status, again.body.error.code]).toEqual([409, 'ALREADY_RATED']);
    const byEmployer = await post(`/assignments/${assignment.id}/rate`, employer.token, {
      stars: 4,
    });
    expect(byEmployer.status).toBe(200);
    const bad = await post(`/assignments/${assignment.id}/rate`, employer.token, { stars: 6 });
    expect([bad.status, bad.body.error.details[0].field]).toEqual([400, 'stars']);
    expect(
      await api.db.query(
        `SELECT rater_id, ratee_id, stars FROM ratings WHERE assignment_id = $1 ORDER BY stars`,
        [assignment.id],
      ),
    ).toEqual([
      { rater_id: employer.id, ratee_id: worker.id, stars: 4 },
      { rater_id: worker.id, ratee_id: employer.id, stars: 5 },
    ]);
    expect((await creditOf(api, employer.id)).events).toEqual([
      { kind: 'good_rating', delta: 1, assignment_id: assignment.id },
    ]);
  });

  it('piece pay needs the number of pieces', async () => {
    const { worker, assignment } = await bookedSeat(api, NOW, {
      shift: { pay: { unit: 'piece', amountFen: 150 } },
      confirm: true,
    });
    setClock(api, at('10:00'));
    await post(`/assignments/${assignment.id}/check-in`, worker.token, { location: CENTRE });
    setClock(api, at('12:00'));
    const missing = await checkOut(api, assignment.id, worker.token);
    expect([missing.status, missing.body.error.code, missing.body.error.details[0].field]).toEqual([
      400,
      'VALIDATION_FAILED',
      'pieces',
    ]);
    const ok = await checkOut(api, assignment.id, worker.token, 40);
    expect(ok.body).toMatchObject({ status: 'completed', payFen: 6000, hours: 2 });
  });
});
