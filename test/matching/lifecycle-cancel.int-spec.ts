import { AssignmentsService } from '@app/matching';
import { startApi, TestApi } from '../support/test-api';
import { CENTRE } from '../listings/listings-factory';
import { GRAB_BODY } from '../support/grab-body';
import {
  bookedSeat,
  creditOf,
  eventsSince,
  insertOffers,
  lastEventId,
  seatSnapshot,
  setClock,
  workers,
} from './matching-factory';

// 08:00 in Shanghai; shifts start at 10:00 and end at 14:00 the same day.
const NOW = new Date('2030-03-11T00:00:00Z');
const at = (hhmm: string, day = '2030-03-11') => new Date(`${day}T${hhmm}:00+08:00`);

describe('the life of an assignment: no-show, reject, cancel and illegal moves', () => {
  let api: TestApi;
  const post = (url: string, token: string, body?: unknown) =>
    api.post(`/api/v1${url}`, body, { token });
  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
  });
  afterAll(() => api.close());
  afterEach(() => setClock(api, NOW));

  it('no-show: the employer marks it only after the start, with a credit event', async () => {
    const { employer, shift, worker, assignment } = await bookedSeat(api, NOW, { confirm: true });
    const before = await seatSnapshot(api, shift.id);
    const early = await post(`/assignments/${assignment.id}/no-show`, employer.token);
    expect([early.status, early.body.error.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
    expect(await seatSnapshot(api, shift.id)).toEqual(before);

    setClock(api, at('10:20'));
    const since = await lastEventId(api);
    const res = await post(`/assignments/${assignment.id}/no-show`, employer.token);
    expect([res.status, res.body.status]).toEqual([200, 'no_show']);
    expect(await creditOf(api, worker.id)).toEqual({
      score: 80,
      events: [{ kind: 'no_show', delta: -20, assignment_id: assignment.id }],
    });
    expect((await eventsSince(api, since)).map((e) => [e.type, e.data.status, e.rooms[0]])).toEqual(
      [['assignment.updated', 'no_show', `worker:${worker.id}`]],
    );
    // The seat stays used: no-show does not reopen the shift.
    expect(await api.db.query(`SELECT filled FROM shifts WHERE id = $1`, [shift.id])).toEqual([
      { filled: 1 },
    ]);
  });

  it('marks no-shows automatically after start + grace, once', async () => {
    const { worker, assignment } = await bookedSeat(api, NOW, { confirm: true });
    const service = api.app.get(AssignmentsService);
    expect(await service.markNoShows(at('10:29'))).toBe(0);
    const since = await lastEventId(api);
    expect(await service.markNoShows(at('10:31'))).toBeGreaterThanOrEqual(1);
    expect(
      await api.db.query(`SELECT status FROM assignments WHERE id = $1`, [assignment.id]),
    ).toEqual([{ status: 'no_show' }]);
    expect(await service.markNoShows(at('10:40'))).toBe(0);
    expect(await creditOf(api, worker.id)).toEqual({
      score: 80,
      events: [{ kind: 'no_show', delta: -20, assignment_id: assignment.id }],
    });
    const mine = (await eventsSince(api, since)).filter(
      (e) => e.data.assignmentId === assignment.id,
    );
    expect(mine.map((e) => [e.type, e.data.status])).toEqual([['assignment.updated', 'no_show']]);
  });

  it('reject frees the seat: the filled shift is open again', async () => {
    const { employer, shift, worker, assignment } = await bookedSeat(api, NOW, {
      shift: { headcount: 1 },
    });
    expect(
      await api.db.query(`SELECT status, filled FROM shifts WHERE id = $1`, [shift.id]),
    ).toEqual([{ status: 'filled', filled: 1 }]);
    const since = await lastEventId(api);
    const res = await post(`/assignments/${assignment.id}/reject`, employer.token);
    expect([res.status, res.body.status]).toEqual([200, 'rejected']);
    expect(
      await api.db.query(`SELECT status, filled FROM shifts WHERE id = $1`, [shift.id]),
    ).toEqual([{ status: 'open', filled: 0 }]);
    expect((await eventsSince(api, since)).map((e) => [e.type, e.data])).toEqual([
      [
        'assignment.updated',
        { assignmentId: assignment.id, shiftId: shift.id, workerId: worker.id, status: 'rejected' },
      ],
      [
        'shift.updated',
        { shiftId: shift.id, status: 'open', filled: 0, headcount: 1, marketId: null },
      ],
    ]);
    // The freed seat can be taken again.
    const next = (await workers(api, 1))[0]!;
    expect((await post(`/shifts/${shift.id}/grab`, next.token, GRAB_BODY)).status).toBe(201);
  });

  it('cancel: late within 2 h of the start costs the cancelling side credit, early does not', async () => {
    const late = await bookedSeat(api, NOW, { confirm: true });
    const early = await bookedSeat(api, NOW, {
      shift: { startsAt: `2030-03-11T13:00:00+08:00`, endsAt: '2030-03-11T17:00:00+08:00' },
    });
    setClock(api, at('08:30'));
    const a = await post(`/assignments/${late.assignment.id}/cancel`, late.worker.token);
    const b = await post(`/assignments/${early.assignment.id}/cancel`, early.employer.token);
    expect([a.status, a.body.status, b.status, b.body.status]).toEqual([
      200,
      'cancelled',
      200,
      'cancelled',
    ]);
    expect(await creditOf(api, late.worker.id)).toEqual({
      score: 90,
      events: [{ kind: 'late_cancel', delta: -10, assignment_id: late.assignment.id }],
    });
    expect((await creditOf(api, early.employer.id)).events).toEqual([]);
    expect(
      await api.db.query(
        `SELECT cancelled_by, late_cancel FROM assignments WHERE id = ANY($1) ORDER BY late_cancel`,
        [[late.assignment.id, early.assignment.id]],
      ),
    ).toEqual([
      { cancelled_by: 'employer', late_cancel: false },
      { cancelled_by: 'worker', late_cancel: true },
    ]);
    expect(await api.db.query(`SELECT filled FROM shifts WHERE id = $1`, [late.shift.id])).toEqual([
      { filled: 0 },
    ]);
  });

  it('cancelling a shift revokes its offers and cancels its seats, in one go', async () => {
    const { employer, shift, worker, assignment } = await bookedSeat(api, NOW, { confirm: true });
    const [offered, grabber] = await workers(api, 2);
    const [offerId] = await insertOffers(api, shift.id, [offered!.id], NOW);
    const grabbed = await post(`/shifts/${shift.id}/grab`, grabber!.token, GRAB_BODY);
    setClock(api, at('09:00'));
    const since = await lastEventId(api);
    const res = await post(`/shifts/${shift.id}/cancel`, employer.token);
    expect([res.status, res.body.status, res.body.filled]).toEqual([200, 'cancelled', 0]);
    expect(
      await api.db.query(`SELECT status, close_reason FROM offers WHERE id = $1`, [offerId]),
    ).toEqual([{ status: 'revoked', close_reason: 'revoked' }]);
    const seats = await api.db.query(`SELECT status FROM assignments WHERE shift_id = $1`, [
      shift.id,
    ]);
    expect(seats).toEqual([{ status: 'cancelled' }, { status: 'cancelled' }]);
    const events = await eventsSince(api, since);
    expect(events.map((e) => [e.type, e.data.reason ?? e.data.status]).sort()).toEqual([
      ['assignment.updated', 'cancelled'],
      ['assignment.updated', 'cancelled'],
      ['offer.closed', 'revoked'],
      ['shift.updated', 'cancelled'],
    ]);
    expect(events.find((e) => e.type === 'offer.closed')!.rooms).toEqual([`worker:${offered!.id}`]);
    // Within 2 h of the start: each worker let down is a late_cancel for the employer.
    const credit = await creditOf(api, employer.id);
    expect(credit.score).toBe(80);
    expect(credit.events.map((e) => [e.kind, e.assignment_id]).sort()).toEqual(
      [
        ['late_cancel', assignment.id],
        ['late_cancel', grabbed.body.id],
      ].sort(),
    );
    expect((await creditOf(api, worker.id)).events).toEqual([]);
  });

  it('refuses illegal moves with 409 and changes nothing', async () => {
    const { employer, shift, worker, assignment } = await bookedSeat(api, NOW);
    const id = assignment.id;
    setClock(api, at('09:30'));
    // pending_confirm: no check-in, check-out or no-show yet.
    const pendingMoves = [
      post(`/assignments/${id}/check-in`, worker.token, { location: CENTRE }),
      post(`/assignments/${id}/check-out`, worker.token, {
        checkOutAt: at('09:30').toISOString(),
        hours: 0,
        payFen: 0,
      }),
    ];
    let before = await seatSnapshot(api, shift.id);
    for (const res of await Promise.all(pendingMoves)) {
      expect([res.status, res.body.error.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
    }
    expect(await seatSnapshot(api, shift.id)).toEqual(before);

    await post(`/assignments/${id}/cancel`, worker.token);
    const outsider = await bookedSeat(api, NOW);
    before = await seatSnapshot(api, shift.id);
    for (const [action, token] of [
      ['confirm', employer.token],
      ['reject', employer.token],
      ['cancel', worker.token],
      ['cancel', employer.token],
    ] as const) {
      const res = await post(`/assignments/${id}/${action}`, token);
      expect([action, res.status, res.body.error.code]).toEqual([
        action,
        409,
        'ILLEGAL_TRANSITION',
      ]);
    }
    // Not the owner's to decide: a worker cannot confirm, another employer cannot reject.
    const notMine = await post(`/assignments/${id}/reject`, outsider.employer.token);
    const notEmployer = await post(`/assignments/${id}/confirm`, worker.token);
    expect([notMine.status, notEmployer.status]).toEqual([403, 403]);
    expect(await seatSnapshot(api, shift.id)).toEqual(before);
    const missing = await post(
      '/assignments/6f1c8a52-8a7e-4c1e-9c55-3a8f0b7d2e11/confirm',
      employer.token,
    );
    expect(missing.status).toBe(404);
  });
});
