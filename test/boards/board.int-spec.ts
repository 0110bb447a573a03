import { isoAfter, northOfCentre } from '../listings/listings-factory';
import { setClock } from '../matching/matching-factory';
import { BASE_URL, BoardWorld, MINUTE, NOW } from './board-world';

describe('a hall board: snapshot and GET /markets/:id/board', () => {
  let w: BoardWorld;
  beforeAll(async () => {
    w = await BoardWorld.start();
  });
  afterAll(() => w.api.close());
  afterEach(() => setClock(w.api, NOW));

  it('lists open shifts nearby and those posted to the hall, nearest first, with seats and QR link', async () => {
    const hall = await w.hallAt(0);
    const three = await w.postAt(3, { headcount: 2 });
    const one = await w.postAt(1, { headcount: 3 });
    const phone = await w.postAt(
      2,
      { title: '搬家 138 1234 5678 王', headcount: 2 },
      w.person.token,
    );
    const posted = await w.postAt(25, { marketId: hall.id });
    const far = await w.postAt(25);
    const full = await w.postAt(0.5, { headcount: 1 });
    const cancelled = await w.postAt(0.8);
    await w.grab(full.id, await w.worker());
    const cancel = await w.api.post(`/api/v1/shifts/${cancelled.id}/cancel`, undefined, {
      token: w.business.token,
    });
    expect(cancel.status).toBe(200);

    const snapshot = w.board(await w.boards.snapshot(hall.id));
    const ids = snapshot.shifts.map((s) => s.shiftId);
    expect(ids).toEqual([one.id, phone.id, three.id, posted.id]);
    expect(ids).not.toContain(far.id);
    expect(snapshot.shifts.map((s) => Math.round(s.distanceKm))).toEqual([1, 2, 3, 25]);
    expect(snapshot.shifts[0]).toMatchObject({
      title: one.title,
      tradeCode: 'loader',
      tradeNameZh: w.loaderZh,
      pay: { unit: 'hour', amountFen: 3000 },
      startsAt: isoAfter(NOW, 2).replace('+08:00', '.000+08:00'),
      seatsLeft: 3,
      headcount: 3,
      district: '中山区',
      qr: { url: `${BASE_URL}/w/shifts/${one.id}` },
    });
    // The individual employer is masked, and the phone typed with spaces too.
    expect(snapshot.shifts[1]).toMatchObject({
      employerName: '王**',
      title: '搬家 138****5678 王',
    });
    expect(snapshot.market).toEqual({
      name: hall.name,
      district: hall.district,
      address: hall.address,
      openNow: expect.any(Boolean),
      openingHours: hall.openingHours,
    });
  });

  it('serves the snapshot without login, and 404s for a suspended or unknown market', async () => {
    const hall = await w.hallAt(40);
    await w.postAt(41);
    const res = await w.api.get(`/api/v1/markets/${hall.id}/board`);
    expect(res.status).toBe(200);
    w.board(res.body);
    expect(res.body.shifts).toHaveLength(1);
    expect(res.body).toEqual(await w.boards.snapshot(hall.id));
    const docs = await w.api.get('/docs-json');
    expect(docs.body.paths['/api/v1/markets/{id}/board'].get.security ?? []).toEqual([]);

    const closed = await w.hallAt(41);
    const suspend = await w.api.patch(
      `/api/v1/markets/${closed.id}`,
      { status: 'suspended' },
      { token: w.admin.token },
    );
    expect(suspend.status).toBe(200);
    const gone = await w.api.get(`/api/v1/markets/${closed.id}/board`);
    expect([gone.status, gone.body.error.code]).toEqual([404, 'NOT_FOUND']);
    await expect(w.boards.snapshot(closed.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const unknown = await w.api.get(`/api/v1/markets/00000000-0000-4000-8000-000000000000/board`);
    expect(unknown.status).toBe(404);
    const malformed = await w.api.get(`/api/v1/markets/not-a-uuid/board`);
    expect([malformed.status, malformed.body.error.details[0].field]).toEqual([400, 'id']);
  });

  it('shows the latest matches in the ticker with masked names, newest first, rejected ones left out', async () => {
    const hall = await w.hallAt(60);
    const shift = await w.postAt(61, { headcount: 3 });
    const first = await w.grab(shift.id, await w.worker());
    const second = await w.grab(shift.id, await w.worker());
    const third = await w.grab(shift.id, await w.worker());
    const reject = await w.api.post(`/api/v1/assignments/${second.id}/reject`, undefined, {
      token: w.business.token,
    });
    expect(reject.status).toBe(200);

    const { ticker } = w.board(await w.boards.snapshot(hall.id));
    expect(ticker.map((t) => t.assignmentId)).toEqual([third.id, first.id]);
    expect(ticker[1]).toEqual({
      assignmentId: first.id,
      at: expect.stringMatching(/\+08:00$/),
      workerName: '张**',
      tradeNameZh: w.loaderZh,
      title: shift.title,
    });
  });

  it("counts today's posted shifts, seats taken and workers on duty, in Shanghai's day", async () => {
    const hall = await w.hallAt(120);
    const counters = async () => w.board(await w.boards.snapshot(hall.id)).counters;
    const two = await w.postAt(121, { headcount: 2 });
    const one = await w.postAt(119, { headcount: 1 });
    await w.postAt(90); // another hall's area
    expect(await counters()).toEqual({ postedToday: 2, filledToday: 0, onDutyNow: 0 });

    const a = await w.worker();
    const seat = await w.grab(two.id, a);
    await w.grab(one.id, await w.worker());
    const confirm = await w.api.post(`/api/v1/assignments/${seat.id}/confirm`, undefined, {
      token: w.business.token,
    });
    expect(confirm.status).toBe(200);
    expect(await counters()).toEqual({ postedToday: 2, filledToday: 2, onDutyNow: 0 });

    setClock(w.api, new Date(Date.parse(two.startsAt) + 5 * MINUTE));
    const [checkedIn] = await w.eventsOf(async () => {
      const res = await w.api.post(
        `/api/v1/assignments/${seat.id}/check-in`,
        { location: northOfCentre(121) },
        { token: a.token },
      );
      expect(res.status).toBe(200);
    }, 'assignment.updated');
    expect(await counters()).toEqual({ postedToday: 2, filledToday: 2, onDutyNow: 1 });
    // Checking in moves the counters only; the gateway gets one delta for this board.
    expect(await w.deltas([checkedIn!])).toEqual([
      {
        marketId: hall.id,
        delta: { kind: 'counters', counters: { postedToday: 2, filledToday: 2, onDutyNow: 1 } },
      },
    ]);

    setClock(w.api, new Date(NOW.getTime() + 24 * 60 * MINUTE));
    expect(await counters()).toMatchObject({ postedToday: 0, filledToday: 0 });
  });

  it('no payload a board received in this file carries a phone number or a personal field', () => {
    expect(w.seen.length).toBeGreaterThan(5);
    w.expectNothingPersonal(w.seen);
  });
});
