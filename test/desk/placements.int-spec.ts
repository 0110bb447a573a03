import { startApi, SignedIn, TestApi } from '../support/test-api';
import { isoAfter } from '../listings/listings-factory';
import { employerAndShift, eventsSince, lastEventId } from '../matching/matching-factory';
import { boundOperator, deskMarket, registerWalkIn } from './desk-factory';

// 08:00 in Shanghai on a Monday; the factories' shifts start at 10:00.
const NOW = new Date('2030-03-11T00:00:00Z');

describe('operator desk: placing walk-ins on shifts (代为接单)', () => {
  let api: TestApi;
  let admin: SignedIn;
  let market: any;
  let operator: SignedIn;
  let version: string;

  const place = (who: SignedIn, body: unknown, key?: string) =>
    api.post(`/api/v1/markets/${market.id}/placements`, body, {
      token: who.token,
      ...(key ? { headers: { 'idempotency-key': key } } : {}),
    });

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
    admin = await api.signIn('admin');
    market = await deskMarket(api, admin);
    operator = await boundOperator(api, admin, market.id);
    version = (await api.get('/api/v1/walk-in-consent', { token: operator.token })).body.version;
  });
  afterAll(() => api.close());

  it("takes a seat for the walk-in in one go: an accepted operator offer, the assignment, the operator recorded, and the employer's shift shows it", async () => {
    const walkIn = await registerWalkIn(api, operator, market.id, version);
    const { employer, shift } = await employerAndShift(api, NOW, { headcount: 2 });
    const since = await lastEventId(api);

    const res = await place(operator, { workerId: walkIn.workerId, shiftId: shift.id });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      shiftId: shift.id,
      workerId: walkIn.workerId,
      status: 'pending_confirm',
      source: 'operator',
    });

    const offers = await api.db.query(
      `SELECT worker_id, source, status, close_reason, closed_at IS NOT NULL AS closed FROM offers
        WHERE shift_id = $1`,
      [shift.id],
    );
    expect(offers).toEqual([
      {
        worker_id: walkIn.workerId,
        source: 'operator',
        status: 'accepted',
        close_reason: 'accepted',
        closed: true,
      },
    ]);
    const [placement] = await api.db.query(
      `SELECT p.market_id, p.operator_id, p.worker_id, a.offer_id = p.offer_id AS same_offer
         FROM walk_in_placements p JOIN assignments a ON a.id = p.assignment_id
        WHERE p.assignment_id = $1`,
      [res.body.id],
    );
    expect(placement).toEqual({
      market_id: market.id,
      operator_id: operator.id,
      worker_id: walkIn.workerId,
      same_offer: true,
    });

    const seen = await api.get(`/api/v1/shifts/${shift.id}`);
    expect(seen.body).toMatchObject({ filled: 1, headcount: 2, status: 'open' });
    const workers = await api.get(`/api/v1/shifts/${shift.id}/assignments`, {
      token: employer.token,
    });
    expect(workers.status).toBe(200);
    const items = workers.body.items ?? workers.body;
    expect(items).toEqual([
      expect.objectContaining({ id: res.body.id, source: 'operator', status: 'pending_confirm' }),
    ]);

    const events = await eventsSince(api, since);
    expect(events.map((e) => e.type)).toEqual(['assignment.updated', 'shift.updated']);
    expect(events[0]!.data).toMatchObject({ assignmentId: res.body.id });
  });

  it('refuses a worker who gave no walk-in consent here (409 NO_WALK_IN_CONSENT), and an operator of another market (403)', async () => {
    const { shift } = await employerAndShift(api, NOW);
    const stranger = await api.signIn('worker');
    const res = await place(operator, { workerId: stranger.id, shiftId: shift.id });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('NO_WALK_IN_CONSENT');

    const walkIn = await registerWalkIn(api, operator, market.id, version);
    const other = await boundOperator(api, admin, (await deskMarket(api, admin)).id);
    const foreign = await place(other, { workerId: walkIn.workerId, shiftId: shift.id });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe('MARKET_NOT_BOUND');
    expect(await api.db.query(`SELECT id FROM offers WHERE shift_id = $1`, [shift.id])).toEqual([]);
  });

  it('two operators placing different walk-ins on the last seat at once: one 201, one 409 SHIFT_FULL, never over headcount', async () => {
    const second = await boundOperator(api, admin, market.id);
    for (let round = 0; round < 5; round++) {
      const { shift } = await employerAndShift(api, NOW, { headcount: 1 });
      const a = await registerWalkIn(api, operator, market.id, version);
      const b = await registerWalkIn(api, second, market.id, version);
      const results = await Promise.all([
        place(operator, { workerId: a.workerId, shiftId: shift.id }),
        place(second, { workerId: b.workerId, shiftId: shift.id }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(results.find((r) => r.status === 409)!.body.error.code).toBe('SHIFT_FULL');
      const [row] = await api.db.query(
        `SELECT s.status, s.filled, (SELECT count(*)::int FROM assignments a WHERE a.shift_id = s.id) AS seats,
                (SELECT count(*)::int FROM offers o WHERE o.shift_id = s.id) AS offers
           FROM shifts s WHERE s.id = $1`,
        [shift.id],
      );
      expect(row).toEqual({ status: 'filled', filled: 1, seats: 1, offers: 1 });
    }
  });

  it('a retried placement with the same Idempotency-Key gets the same answer and makes one assignment', async () => {
    const walkIn = await registerWalkIn(api, operator, market.id, version);
    const { shift } = await employerAndShift(api, NOW);
    const body = { workerId: walkIn.workerId, shiftId: shift.id };
    const [first, again] = await Promise.all([
      place(operator, body, 'desk-place-1'),
      place(operator, body, 'desk-place-1'),
    ]);
    const third = await place(operator, body, 'desk-place-1');
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(third.body).toEqual(first.body);
    const rows = await api.db.query(`SELECT id FROM assignments WHERE shift_id = $1`, [shift.id]);
    expect(rows).toEqual([{ id: first.body.id }]);
    expect((await api.get(`/api/v1/shifts/${shift.id}`)).body.filled).toBe(1);

    // Without the key, a second placement of the same pair is refused rather than doubled.
    const unkeyed = await place(operator, body);
    expect(unkeyed.status).toBe(409);
    expect(unkeyed.body.error.code).toBe('ALREADY_OFFERED');
  });

  it('a walk-in placed twice at overlapping times gets 409 WORKER_BUSY, and the second shift is untouched', async () => {
    const walkIn = await registerWalkIn(api, operator, market.id, version);
    const { shift: first } = await employerAndShift(api, NOW);
    const { shift: overlapping } = await employerAndShift(api, NOW, {
      startsAt: isoAfter(NOW, 3),
      endsAt: isoAfter(NOW, 5),
    });
    expect((await place(operator, { workerId: walkIn.workerId, shiftId: first.id })).status).toBe(
      201,
    );
    const res = await place(operator, { workerId: walkIn.workerId, shiftId: overlapping.id });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('WORKER_BUSY');
    const [row] = await api.db.query(
      `SELECT s.filled, (SELECT count(*)::int FROM offers o WHERE o.shift_id = s.id) AS offers,
              (SELECT count(*)::int FROM assignments a WHERE a.shift_id = s.id) AS seats
         FROM shifts s WHERE s.id = $1`,
      [overlapping.id],
    );
    expect(row).toEqual({ filled: 0, offers: 0, seats: 0 });
  });

  it("refuses a walk-in who lacks the shift's trade (409 WORKER_NOT_ELIGIBLE) and a shift no longer open", async () => {
    const walkIn = await registerWalkIn(api, operator, market.id, version);
    const { shift: movers } = await employerAndShift(api, NOW, { tradeCode: 'mover' });
    const res = await place(operator, { workerId: walkIn.workerId, shiftId: movers.id });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('WORKER_NOT_ELIGIBLE');
    expect(res.body.error.details[0].field).toBe('workerId');

    const { employer, shift } = await employerAndShift(api, NOW);
    const cancelled = await api.post(`/api/v1/shifts/${shift.id}/cancel`, undefined, {
      token: employer.token,
    });
    expect(cancelled.status).toBe(200);
    const closed = await place(operator, { workerId: walkIn.workerId, shiftId: shift.id });
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('SHIFT_NOT_OPEN');
  });
});
