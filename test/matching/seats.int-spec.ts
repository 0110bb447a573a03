import { startApi, TestApi } from '../support/test-api';
import { isoAfter, workerWithProfile } from '../listings/listings-factory';
import {
  employerAndShift,
  eventsSince,
  insertOffers,
  lastEventId,
  setClock,
  workers,
} from './matching-factory';
import { GRAB_BODY } from '../support/grab-body';

// 08:00 in Shanghai; the shifts below start at 10:00 the same day.
const NOW = new Date('2030-03-11T00:00:00Z');

describe('seats: accept, grab and their guarantees', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
  });
  afterAll(() => api.close());
  afterEach(() => setClock(api, NOW));

  it('a grab needs what the shift demands: a missing certificate or a blacklisted account takes no seat', async () => {
    const { shift } = await employerAndShift(api, NOW, {
      headcount: 2,
      requirements: { certificates: ['forklift_license'], minCredit: 0 },
    });
    const [uncertified, certified, barred] = await Promise.all([
      workerWithProfile(api),
      workerWithProfile(api, { certificates: ['forklift_license'] }),
      workerWithProfile(api, { certificates: ['forklift_license'] }),
    ]);
    await api.db.query(`UPDATE users SET blacklisted = true WHERE id = $1`, [barred!.id]);
    const grab = (token: string) =>
      api.post(`/api/v1/shifts/${shift.id}/grab`, GRAB_BODY, {
        token,
        headers: { 'accept-language': 'en' },
      });

    const missing = await grab(uncertified!.token);
    expect(missing.status).toBe(409);
    expect(missing.body.error).toMatchObject({
      code: 'WORKER_NOT_ELIGIBLE',
      details: [{ field: 'shiftId', message: 'lacks a certificate the shift requires' }],
    });
    const blacklisted = await grab(barred!.token);
    expect(blacklisted.status).toBe(409);
    expect(blacklisted.body.error.details).toEqual([
      { field: 'shiftId', message: 'the account is blacklisted' },
    ]);
    const seats = () =>
      api.db.query(`SELECT worker_id FROM assignments WHERE shift_id = $1`, [shift.id]);
    expect(await seats()).toEqual([]);

    expect((await grab(certified!.token)).status).toBe(201);
    expect(await seats()).toEqual([{ worker_id: certified!.id }]);
  });

  it('200 concurrent accepts and grabs on a headcount of 3 take exactly 3 seats', async () => {
    const { employer, shift } = await employerAndShift(api, NOW, { headcount: 3 });
    const crowd = await workers(api, 200);
    const offered = crowd.slice(0, 100);
    const grabbers = crowd.slice(100);
    const offerIds = await insertOffers(
      api,
      shift.id,
      offered.map((w) => w.id),
      NOW,
    );
    const since = await lastEventId(api);

    const results = await Promise.all([
      ...offered.map((w, i) =>
        api.post(`/api/v1/offers/${offerIds[i]}/accept`, undefined, { token: w.token }),
      ),
      ...grabbers.map((w) =>
        api.post(`/api/v1/shifts/${shift.id}/grab`, GRAB_BODY, { token: w.token }),
      ),
    ]);

    const won = results.filter((r) => r.status === 201);
    const lost = results.filter((r) => r.status !== 201);
    expect(won).toHaveLength(3);
    expect(lost.map((r) => [r.status, r.body.error?.code])).toEqual(
      Array.from({ length: 197 }, () => [409, 'SHIFT_FULL']),
    );
    const [row] = await api.db.query(`SELECT status, filled FROM shifts WHERE id = $1`, [shift.id]);
    expect(row).toEqual({ status: 'filled', filled: 3 });
    expect(
      await api.db.query(`SELECT count(*)::int AS n FROM assignments WHERE shift_id = $1`, [
        shift.id,
      ]),
    ).toEqual([{ n: 3 }]);
    expect(won.map((r) => r.body.status)).toEqual([
      'pending_confirm',
      'pending_confirm',
      'pending_confirm',
    ]);

    // Every offer that did not win is closed, as filled; the winners' offers are accepted.
    const offers: { status: string; close_reason: string; n: number }[] = await api.db.query(
      `SELECT status, close_reason, count(*)::int AS n FROM offers WHERE shift_id = $1
        GROUP BY 1, 2 ORDER BY 1`,
      [shift.id],
    );
    const acceptedOffers = won.filter((r) => r.body.source === 'offer').length;
    expect(offers.filter((o) => o.status === 'pending')).toEqual([]);
    expect(offers.find((o) => o.status === 'revoked')).toEqual({
      status: 'revoked',
      close_reason: 'filled',
      n: 100 - acceptedOffers,
    });

    const events = await eventsSince(api, since);
    const filledClosures = events.filter(
      (e) => e.type === 'offer.closed' && e.data.reason === 'filled',
    );
    expect(filledClosures).toHaveLength(100 - acceptedOffers);
    expect(filledClosures[0]!.rooms).toHaveLength(1);
    expect(filledClosures[0]!.rooms[0]).toMatch(/^worker:/);
    const shiftEvents = events.filter((e) => e.type === 'shift.updated').map((e) => e.data);
    expect(shiftEvents.map((d) => d.filled)).toEqual([1, 2, 3]);
    expect(shiftEvents[2]).toMatchObject({ shiftId: shift.id, status: 'filled', headcount: 3 });
    const seatEvents = events.filter((e) => e.type === 'assignment.updated');
    expect(seatEvents).toHaveLength(3);
    for (const e of seatEvents) {
      expect(e.rooms).toEqual([
        `worker:${e.data.workerId}`,
        `employer:${employer.id}`,
        `shift:${shift.id}`,
      ]);
      expect(e.data.status).toBe('pending_confirm');
    }
  }, 120_000);

  it('books one worker accepting two overlapping shifts at the same instant exactly once', async () => {
    const worker = await workerWithProfile(api);
    const a = await employerAndShift(api, NOW);
    const b = await employerAndShift(api, NOW, {
      startsAt: isoAfter(NOW, 3),
      endsAt: isoAfter(NOW, 7),
    });
    const [offerA] = await insertOffers(api, a.shift.id, [worker.id], NOW);
    const [offerB] = await insertOffers(api, b.shift.id, [worker.id], NOW);

    const results = await Promise.all([
      api.post(`/api/v1/offers/${offerA}/accept`, undefined, { token: worker.token }),
      api.post(`/api/v1/offers/${offerB}/accept`, undefined, { token: worker.token }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const refused = results.find((r) => r.status === 409)!;
    expect(refused.body.error.code).toBe('WORKER_BUSY');
    const booked: { shift_id: string }[] = await api.db.query(
      `SELECT shift_id FROM assignments WHERE worker_id = $1`,
      [worker.id],
    );
    expect(booked).toHaveLength(1);
    // The loser's seat was not taken and its offer is still open to answer.
    const loser = booked[0]!.shift_id === a.shift.id ? b : a;
    const loserOffer = loser === a ? offerA : offerB;
    expect(
      await api.db.query(`SELECT filled, status FROM shifts WHERE id = $1`, [loser.shift.id]),
    ).toEqual([{ filled: 0, status: 'open' }]);
    expect(await api.db.query(`SELECT status FROM offers WHERE id = $1`, [loserOffer])).toEqual([
      { status: 'pending' },
    ]);
  });

  it('gives the same answer and one effect for the same Idempotency-Key', async () => {
    const { shift } = await employerAndShift(api, NOW);
    const worker = await workerWithProfile(api);
    const [offerId] = await insertOffers(api, shift.id, [worker.id], NOW);
    const headers = { 'idempotency-key': 'accept-once-1' };
    const first = await api.post(`/api/v1/offers/${offerId}/accept`, undefined, {
      token: worker.token,
      headers,
    });
    const second = await api.post(`/api/v1/offers/${offerId}/accept`, undefined, {
      token: worker.token,
      headers,
    });
    expect(first.status).toBe(201);
    expect([second.status, second.body]).toEqual([first.status, first.body]);
    expect(await api.db.query(`SELECT filled FROM shifts WHERE id = $1`, [shift.id])).toEqual([
      { filled: 1 },
    ]);
    expect(
      await api.db.query(`SELECT count(*)::int AS n FROM assignments WHERE shift_id = $1`, [
        shift.id,
      ]),
    ).toEqual([{ n: 1 }]);
    // Without the key, a second accept is an illegal move, not a second seat.
    const third = await api.post(`/api/v1/offers/${offerId}/accept`, undefined, {
      token: worker.token,
    });
    expect([third.status, third.body.error.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
  });
});
