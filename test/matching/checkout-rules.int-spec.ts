import { startApi, TestApi } from '../support/test-api';
import { CENTRE } from '../listings/listings-factory';
import { bookedSeat, checkOut, creditOf, seatSnapshot, setClock } from './matching-factory';

// 08:00 in Shanghai; the factory's shifts run 10:00–14:00 the same day at 30 元/h.
const NOW = new Date('2030-03-11T00:00:00Z');
const at = (time: string, day = '2030-03-11') =>
  new Date(`${day}T${time.length === 5 ? `${time}:00` : time}+08:00`);

describe('check-out: not before the start, figures confirmed, disputable by the employer', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString(), HOURS_DISPUTE_HOURS: '48' });
  });
  afterAll(() => api.close());
  afterEach(() => setClock(api, NOW));

  const post = (url: string, token: string, body?: unknown) =>
    api.post(`/api/v1${url}`, body, { token });

  /** A confirmed seat, checked in by location at `checkInAt`. */
  async function checkedIn(checkInAt: string) {
    setClock(api, NOW);
    const seat = await bookedSeat(api, NOW, { confirm: true });
    setClock(api, at(checkInAt));
    const res = await post(`/assignments/${seat.assignment.id}/check-in`, seat.worker.token, {
      location: CENTRE,
    });
    expect(res.status).toBe(200);
    return seat;
  }

  const workRecords = async (token: string) =>
    (await api.get('/api/v1/workers/me/work-records', { token })).body;

  it('refuses a check-out before the start, by the worker or the employer, and changes nothing', async () => {
    const { employer, shift, worker, assignment } = await checkedIn('09:30');
    setClock(api, at('09:45:00'));
    const before = await seatSnapshot(api, shift.id);

    const preview = await api.get(`/api/v1/assignments/${assignment.id}/check-out-preview`, {
      token: worker.token,
    });
    expect([preview.status, preview.body.error.code]).toEqual([409, 'CHECK_OUT_TOO_EARLY']);
    expect(preview.body.error.message).toContain('10:00');

    for (const token of [worker.token, employer.token]) {
      const res = await post(`/assignments/${assignment.id}/check-out`, token, {
        checkOutAt: at('09:45:00').toISOString(),
        hours: 0.25,
        payFen: 750,
      });
      expect([res.status, res.body.error.code]).toEqual([409, 'CHECK_OUT_TOO_EARLY']);
    }
    expect(await seatSnapshot(api, shift.id)).toEqual(before);
    expect((await creditOf(api, worker.id)).events).toEqual([]);
    const [row] = await api.db.query(
      `SELECT status, check_out_at, minutes_worked, pay_fen FROM assignments WHERE id = $1`,
      [assignment.id],
    );
    expect(row).toEqual({
      status: 'checked_in',
      check_out_at: null,
      minutes_worked: null,
      pay_fen: null,
    });

    // A preview taken after the start cannot carry an instant before it either.
    setClock(api, at('10:01:00'));
    const backdated = await post(`/assignments/${assignment.id}/check-out`, worker.token, {
      checkOutAt: at('09:59:00').toISOString(),
      hours: 0.48,
      payFen: 1450,
    });
    expect([backdated.status, backdated.body.error.code]).toEqual([409, 'CHECK_OUT_TOO_EARLY']);
  });

  it('after the start, records the hours and pay the worker was shown and confirmed', async () => {
    const { worker, assignment } = await checkedIn('09:30');
    setClock(api, at('13:45:00'));
    const preview = await api.get(`/api/v1/assignments/${assignment.id}/check-out-preview`, {
      token: worker.token,
    });
    // 09:30–13:45 is 255 minutes = 4.25 h at 30 元/h = 127.50 元.
    expect(preview.body).toEqual({
      checkOutAt: '2030-03-11T13:45:00.000+08:00',
      minutesWorked: 255,
      hours: 4.25,
      payFen: 12750,
    });

    const shown = {
      checkOutAt: preview.body.checkOutAt,
      hours: preview.body.hours,
      payFen: preview.body.payFen,
    };

    // More than the rules give is refused; so is a preview left open too long.
    setClock(api, at('13:48:00'));
    const inflated = await post(`/assignments/${assignment.id}/check-out`, worker.token, {
      ...shown,
      hours: 8,
      payFen: 24000,
    });
    expect([inflated.status, inflated.body.error.code]).toEqual([409, 'CHECK_OUT_FIGURES_CHANGED']);
    setClock(api, at('13:56:00'));
    const stale = await post(`/assignments/${assignment.id}/check-out`, worker.token, shown);
    expect([stale.status, stale.body.error.code]).toEqual([409, 'CHECK_OUT_FIGURES_CHANGED']);
    expect((await creditOf(api, worker.id)).events).toEqual([]);

    setClock(api, at('13:50:00'));
    const res = await post(`/assignments/${assignment.id}/check-out`, worker.token, shown);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'completed',
      checkOutAt: '2030-03-11T13:45:00.000+08:00',
      hours: 4.25,
      payFen: 12750,
      figuresConfirmedBy: 'worker',
    });
    const [row] = await api.db.query(
      `SELECT figures_confirmed_by, figures_confirmed_at FROM assignments WHERE id = $1`,
      [assignment.id],
    );
    expect(row).toEqual({ figures_confirmed_by: worker.id, figures_confirmed_at: at('13:50:00') });
    expect((await creditOf(api, worker.id)).events).toEqual([
      { kind: 'completed', delta: 2, assignment_id: assignment.id },
    ]);
    const records = await workRecords(worker.token);
    expect(records.items.map((r: any) => [r.assignmentId, r.hours, r.incomeFen])).toEqual([
      [assignment.id, 4.25, 12750],
    ]);
  });

  it('a job of 0 minutes completes, but earns no credit and makes no work record', async () => {
    const { worker, assignment } = await checkedIn('10:00:00');
    setClock(api, at('10:00:40'));
    const res = await checkOut(api, assignment.id, worker.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'completed', hours: 0, payFen: 0 });
    expect(await creditOf(api, worker.id)).toEqual({ score: 100, events: [] });
    const records = await workRecords(worker.token);
    expect(records.items).toEqual([]);
    expect(records.counts).toEqual({ unconfirmed: 0, confirmed: 0, disputed: 0 });
    const confirm = await api.post(
      `/api/v1/workers/me/work-records/${assignment.id}/confirm`,
      { textVersion: '2026-11-v1' },
      { token: worker.token },
    );
    expect(confirm.status).toBe(404);
  });

  it('the employer disputes the hours within the window; the worker accepts their figure', async () => {
    const { employer, worker, assignment } = await checkedIn('09:30');
    setClock(api, at('14:00:00'));
    expect((await checkOut(api, assignment.id, worker.token)).body.hours).toBe(4.5);

    // Nobody else may dispute: not the worker, not another employer.
    const byWorker = await post(`/assignments/${assignment.id}/dispute-hours`, worker.token, {
      hours: 3,
      reason: '12:30 就离开了现场',
    });
    expect(byWorker.status).toBe(403);

    setClock(api, at('13:59:00', '2030-03-13'));
    const res = await post(`/assignments/${assignment.id}/dispute-hours`, employer.token, {
      hours: 3,
      reason: '12:30 就离开了现场',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ hours: 4.5, payFen: 13500 });
    expect(res.body.hoursDispute).toEqual({
      status: 'open',
      recordedHours: 4.5,
      recordedPayFen: 13500,
      claimedHours: 3,
      claimedPayFen: 9000,
      reason: '12:30 就离开了现场',
      at: '2030-03-13T13:59:00.000+08:00',
    });
    const again = await post(`/assignments/${assignment.id}/dispute-hours`, employer.token, {
      hours: 2,
      reason: '再说一次',
    });
    expect([again.status, again.body.error.code]).toEqual([409, 'HOURS_DISPUTE_NOT_ALLOWED']);

    // The worker sees it, cannot confirm the record for the statistics until it is settled.
    const mine = await api.get('/api/v1/workers/me/assignments', { token: worker.token });
    expect(mine.body.items[0].hoursDispute.claimedHours).toBe(3);
    const records = await workRecords(worker.token);
    expect(records.items[0]).toMatchObject({ hours: 4.5, hoursDisputed: true });
    const version = (await api.get('/api/v1/work-record-commitment', { token: worker.token })).body
      .version;
    const blocked = await api.post(
      `/api/v1/workers/me/work-records/${assignment.id}/confirm`,
      { textVersion: version },
      { token: worker.token },
    );
    expect([blocked.status, blocked.body.error.code]).toEqual([409, 'HOURS_DISPUTE_OPEN']);
    const all = await api.post(
      '/api/v1/workers/me/work-records/confirm',
      { textVersion: version },
      { token: worker.token },
    );
    expect(all.body.confirmed).toBe(0);

    const accepted = await post(`/assignments/${assignment.id}/hours-dispute/accept`, worker.token);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      hours: 3,
      payFen: 9000,
      hoursDispute: { status: 'accepted', resolvedAt: '2030-03-13T13:59:00.000+08:00' },
    });
    const twice = await post(`/assignments/${assignment.id}/hours-dispute/reject`, worker.token);
    expect([twice.status, twice.body.error.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
    const confirmed = await api.post(
      `/api/v1/workers/me/work-records/${assignment.id}/confirm`,
      { textVersion: version },
      { token: worker.token },
    );
    expect(confirmed.status).toBe(201);
    expect(confirmed.body).toMatchObject({ hours: 3, incomeFen: 9000, status: 'confirmed' });
  });

  it('after the window, or once the worker confirmed the record, the hours stand', async () => {
    const late = await checkedIn('09:30');
    setClock(api, at('14:00:00'));
    await checkOut(api, late.assignment.id, late.worker.token);
    setClock(api, at('14:01:00', '2030-03-13'));
    const tooLate = await post(
      `/assignments/${late.assignment.id}/dispute-hours`,
      late.employer.token,
      {
        hours: 3,
        reason: '12:30 就离开了现场',
      },
    );
    expect([tooLate.status, tooLate.body.error.code]).toEqual([409, 'HOURS_DISPUTE_NOT_ALLOWED']);
    const [{ n }] = await api.db.query(
      `SELECT count(*)::int AS n FROM hours_disputes WHERE assignment_id = $1`,
      [late.assignment.id],
    );
    expect(n).toBe(0);
    const status = await post(
      `/assignments/${late.assignment.id}/hours-dispute/accept`,
      late.worker.token,
    );
    expect([status.status, status.body.error.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
    // A record the worker confirmed (承诺制) is final: the employer goes to the staff instead.
    const vouched = await checkedIn('09:30');
    setClock(api, at('14:00:00'));
    await checkOut(api, vouched.assignment.id, vouched.worker.token);
    const version = (
      await api.get('/api/v1/work-record-commitment', { token: vouched.worker.token })
    ).body.version;
    const confirm = await api.post(
      `/api/v1/workers/me/work-records/${vouched.assignment.id}/confirm`,
      { textVersion: version },
      { token: vouched.worker.token },
    );
    expect(confirm.status).toBe(201);
    const afterConfirm = await post(
      `/assignments/${vouched.assignment.id}/dispute-hours`,
      vouched.employer.token,
      { hours: 3, reason: '12:30 就离开了现场' },
    );
    expect([afterConfirm.status, afterConfirm.body.error.code]).toEqual([
      409,
      'HOURS_DISPUTE_NOT_ALLOWED',
    ]);
  });

  it('the worker may keep the recorded hours; accepting 0 hours voids the completed credit', async () => {
    const kept = await checkedIn('09:30');
    setClock(api, at('14:00:00'));
    await checkOut(api, kept.assignment.id, kept.employer.token);
    await post(`/assignments/${kept.assignment.id}/dispute-hours`, kept.employer.token, {
      hours: 2,
      reason: '中午就走了',
    });
    const rejected = await post(
      `/assignments/${kept.assignment.id}/hours-dispute/reject`,
      kept.worker.token,
    );
    expect(rejected.body).toMatchObject({
      hours: 4.5,
      payFen: 13500,
      figuresConfirmedBy: 'employer',
      hoursDispute: { status: 'rejected', claimedHours: 2 },
    });

    const none = await checkedIn('09:30');
    setClock(api, at('14:00:00'));
    await checkOut(api, none.assignment.id, none.worker.token);
    expect((await creditOf(api, none.worker.id)).score).toBe(102);
    await post(`/assignments/${none.assignment.id}/dispute-hours`, none.employer.token, {
      hours: 0,
      reason: '根本没来干活',
    });
    const zero = await post(
      `/assignments/${none.assignment.id}/hours-dispute/accept`,
      none.worker.token,
    );
    expect(zero.body).toMatchObject({ hours: 0, payFen: 0 });
    expect((await creditOf(api, none.worker.id)).score).toBe(100);
    expect((await workRecords(none.worker.token)).items).toEqual([]);
  });
});
