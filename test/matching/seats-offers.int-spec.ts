import { startApi, TestApi } from '../support/test-api';
import { workerWithProfile } from '../listings/listings-factory';
import {
  employerAndShift,
  eventsSince,
  insertOffers,
  lastEventId,
  seatSnapshot,
  setClock,
  workers,
} from './matching-factory';
import { GRAB_BODY } from '../support/grab-body';

// 08:00 in Shanghai; the shifts below start at 10:00 the same day.
const NOW = new Date('2030-03-11T00:00:00Z');

describe('offers and grab: answering, expiry, listing', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
  });
  afterAll(() => api.close());
  afterEach(() => setClock(api, NOW));

  it('confirms at once when the shift auto-confirms, and records the events of the accept', async () => {
    const { employer, shift } = await employerAndShift(api, NOW, {
      autoConfirm: true,
      headcount: 1,
    });
    const [winner, other] = await workers(api, 2);
    const [offerId, otherOffer] = await insertOffers(api, shift.id, [winner!.id, other!.id], NOW);
    const since = await lastEventId(api);
    const res = await api.post(`/api/v1/offers/${offerId}/accept`, undefined, {
      token: winner!.token,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      shiftId: shift.id,
      workerId: winner!.id,
      status: 'confirmed',
      source: 'offer',
    });
    const events = await eventsSince(api, since);
    expect(events.map((e) => [e.type, e.data.reason ?? e.data.status])).toEqual([
      ['assignment.updated', 'confirmed'],
      ['shift.updated', 'filled'],
      ['offer.closed', 'filled'],
      ['offer.closed', 'accepted'],
    ]);
    expect(events[2]).toMatchObject({
      rooms: [`worker:${other!.id}`],
      data: { offerId: otherOffer, shiftId: shift.id },
    });
    expect(events[1]!.rooms).toEqual([`employer:${employer.id}`, `shift:${shift.id}`]);
    expect(events[1]!.data).toMatchObject({ filled: 1, headcount: 1 });
  });

  it('expires an offer past expiresAt on accept, even before any sweep, and takes no seat', async () => {
    const { shift } = await employerAndShift(api, NOW);
    const worker = await workerWithProfile(api);
    const [offerId] = await insertOffers(api, shift.id, [worker.id], NOW, 90);
    setClock(api, new Date(NOW.getTime() + 91_000));
    const since = await lastEventId(api);
    const res = await api.post(`/api/v1/offers/${offerId}/accept`, undefined, {
      token: worker.token,
    });
    expect([res.status, res.body.error.code]).toEqual([409, 'OFFER_EXPIRED']);
    expect(
      await api.db.query(`SELECT status, close_reason FROM offers WHERE id = $1`, [offerId]),
    ).toEqual([{ status: 'expired', close_reason: 'expired' }]);
    expect(await api.db.query(`SELECT filled FROM shifts WHERE id = $1`, [shift.id])).toEqual([
      { filled: 0 },
    ]);
    const events = await eventsSince(api, since);
    expect(events.map((e) => [e.type, e.data.reason, e.rooms])).toEqual([
      ['offer.closed', 'expired', [`worker:${worker.id}`]],
    ]);
    // Asking again changes nothing more.
    const before = await seatSnapshot(api, shift.id);
    const again = await api.post(`/api/v1/offers/${offerId}/accept`, undefined, {
      token: worker.token,
    });
    expect([again.status, again.body.error.code]).toEqual([409, 'OFFER_EXPIRED']);
    expect(await seatSnapshot(api, shift.id)).toEqual(before);
  });

  it('declines an offer once, with offer.closed, and refuses other workers', async () => {
    const { shift } = await employerAndShift(api, NOW);
    const [worker, stranger] = await workers(api, 2);
    const [offerId] = await insertOffers(api, shift.id, [worker!.id], NOW);
    const forbidden = await api.post(`/api/v1/offers/${offerId}/decline`, undefined, {
      token: stranger!.token,
    });
    expect([forbidden.status, forbidden.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const stolen = await api.post(`/api/v1/offers/${offerId}/accept`, undefined, {
      token: stranger!.token,
    });
    expect(stolen.status).toBe(403);

    const since = await lastEventId(api);
    const res = await api.post(`/api/v1/offers/${offerId}/decline`, undefined, {
      token: worker!.token,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: offerId, status: 'declined' });
    expect((await eventsSince(api, since)).map((e) => [e.type, e.data])).toEqual([
      ['offer.closed', { offerId, shiftId: shift.id, reason: 'declined' }],
    ]);
    const before = await seatSnapshot(api, shift.id);
    for (const action of ['accept', 'decline']) {
      const late = await api.post(`/api/v1/offers/${offerId}/${action}`, undefined, {
        token: worker!.token,
      });
      expect([late.status, late.body.error.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
    }
    expect(await seatSnapshot(api, shift.id)).toEqual(before);
  });

  it('lists my pending offers with expiresAt, the shift summary and the score', async () => {
    const { shift } = await employerAndShift(api, NOW);
    const { shift: gone } = await employerAndShift(api, NOW);
    const [worker, other] = await workers(api, 2);
    const [offerId] = await insertOffers(api, shift.id, [worker!.id], NOW);
    await insertOffers(api, gone.id, [worker!.id], NOW, -1);
    await insertOffers(api, shift.id, [other!.id], NOW);
    const res = await api.get('/api/v1/workers/me/offers', { token: worker!.token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      items: [
        {
          id: offerId,
          shiftId: shift.id,
          status: 'pending',
          expiresAt: '2030-03-11T08:01:30.000+08:00',
          score: { total: 0.5, parts: { distance: 0.5 } },
          shift: {
            id: shift.id,
            title: shift.title,
            tradeCode: 'loader',
            location: shift.location,
            startsAt: shift.startsAt,
            endsAt: shift.endsAt,
            pay: shift.pay,
            distanceKm: 1.2,
          },
        },
      ],
      nextCursor: null,
    });
  });

  describe('grab 抢单', () => {
    it('takes a seat for a worker with the trade', async () => {
      const { shift } = await employerAndShift(api, NOW);
      const worker = await workerWithProfile(api);
      const res = await api.post(`/api/v1/shifts/${shift.id}/grab`, GRAB_BODY, {
        token: worker.token,
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        shiftId: shift.id,
        workerId: worker.id,
        status: 'pending_confirm',
        source: 'grab',
      });
      const mine = await api.get('/api/v1/workers/me/assignments', { token: worker.token });
      expect(mine.body.items.map((a: any) => a.id)).toEqual([res.body.id]);
    });

    it('refuses a worker without the trade or without a profile, and a shift that is not open', async () => {
      const { shift } = await employerAndShift(api, NOW, { tradeCode: 'electrician' });
      const noTrade = await workerWithProfile(api);
      const noProfile = await api.signIn('worker');
      const before = await seatSnapshot(api, shift.id);
      const a = await api.post(`/api/v1/shifts/${shift.id}/grab`, GRAB_BODY, {
        token: noTrade.token,
      });
      const b = await api.post(`/api/v1/shifts/${shift.id}/grab`, GRAB_BODY, {
        token: noProfile.token,
      });
      expect([a.status, a.body.error.code]).toEqual([409, 'TRADE_NOT_HELD']);
      expect([b.status, b.body.error.code]).toEqual([409, 'PROFILE_REQUIRED']);
      expect(await seatSnapshot(api, shift.id)).toEqual(before);

      const { shift: other } = await employerAndShift(api, NOW);
      await api.db.query(`UPDATE shifts SET status = 'cancelled' WHERE id = $1`, [other.id]);
      const c = await api.post(`/api/v1/shifts/${other.id}/grab`, GRAB_BODY, {
        token: noTrade.token,
      });
      expect([c.status, c.body.error.code]).toEqual([409, 'SHIFT_NOT_OPEN']);
    });
  });
});
