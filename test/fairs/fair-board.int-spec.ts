import { assertBoardSafe, BoardDeltasService } from '@app/boards';
import { startApi, SignedIn, TestApi } from '../support/test-api';
import { boundOperator, deskMarket } from '../desk/desk-factory';
import { employerWithProfile, workerWithProfile } from '../listings/listings-factory';
import { setClock } from '../matching/matching-factory';
import { addEmployer, addZone, attachShift, insertShift, scheduleFair } from './fair-factory';
import { GRAB_BODY } from '../support/grab-body';

// 08:00 in Shanghai on a Monday; the fair runs 09:00–12:00.
const NOW = new Date('2030-03-11T00:00:00Z');
const at = (hhmm: string) => new Date(`2030-03-11T${hhmm}:00+08:00`);

describe("the hall board's fair view (clause 九)", () => {
  let api: TestApi;
  let admin: SignedIn;
  let market: any;
  let operator: SignedIn;
  let fair: any;
  let business: SignedIn;
  let individual: SignedIn;
  let shiftA: string;
  let shiftB: string;
  const board = async () => {
    const res = await api.get(`/api/v1/markets/${market.id}/board`);
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
    admin = await api.signIn('admin');
    market = await deskMarket(api, admin);
    operator = await boundOperator(api, admin, market.id);
    fair = await scheduleFair(api, operator, market.id, NOW, 1, 4);
    const zones = await addZone(api, operator, fair.id, '装卸专区', ['loader']);
    const zoneId = zones.zones[0].id;
    business = await employerWithProfile(api, { name: '大连港装卸服务有限公司' });
    individual = await employerWithProfile(api, {
      name: '王建国',
      kind: 'individual',
      creditCode: undefined,
    });
    await addEmployer(api, operator, fair.id, business, zoneId, 'A01');
    await addEmployer(api, operator, fair.id, individual, zoneId, 'A02');
    shiftA = await insertShift(api, business.id, at('10:00'), { headcount: 3 });
    shiftB = await insertShift(api, individual.id, at('10:30'), { headcount: 2 });
    await attachShift(api, operator, fair.id, shiftA);
    await attachShift(api, individual, fair.id, shiftB);
  });
  afterAll(() => api.close());
  afterEach(() => setClock(api, NOW));

  it('carries no fair before it starts, only when the next one starts', async () => {
    const before = await board();
    expect(before.fair).toBeNull();
    expect(before.nextFair).toEqual({
      fairId: fair.id,
      title: '春风行动零工专场招聘会',
      startsAt: '2030-03-11T09:00:00.000+08:00',
    });
  });

  it('carries the running fair: zones, employers at booths with their open shifts and seats, counters', async () => {
    setClock(api, at('09:00'));
    const snapshot = await board();
    expect(() => assertBoardSafe(snapshot)).not.toThrow();
    expect(snapshot.nextFair).toBeNull();
    expect(snapshot.fair).toMatchObject({
      fairId: fair.id,
      title: '春风行动零工专场招聘会',
      endsAt: '2030-03-11T12:00:00.000+08:00',
      counters: { shifts: 2, seatsLeft: 5, matchedToday: 0 },
    });
    const [zone] = snapshot.fair.zones;
    expect(zone.name).toBe('装卸专区');
    expect(
      zone.employers.map((e: any) => [
        e.booth,
        e.employerName,
        e.shifts.map((s: any) => s.shiftId),
      ]),
    ).toEqual([
      ['A01', '大连港装卸服务有限公司', [shiftA]],
      // An individual employer is masked on a board, like everywhere public.
      ['A02', '王**', [shiftB]],
    ]);
    expect(zone.employers[0].shifts[0]).toMatchObject({ seatsLeft: 3, headcount: 3 });
    const text = JSON.stringify(snapshot.fair);
    for (const phone of [business.phone, individual.phone]) expect(text).not.toContain(phone);
  });

  it('shows live seats and today’s matches at the fair after a worker takes a seat', async () => {
    setClock(api, at('09:30'));
    const worker = await workerWithProfile(api, { availability: [] });
    const grab = await api.post(`/api/v1/shifts/${shiftA}/grab`, GRAB_BODY, {
      token: worker.token,
    });
    expect(grab.status).toBe(201);
    // Seats are stamped by the database's clock; put this one at the test's 09:30.
    await api.db.query(`UPDATE assignments SET created_at = $2 WHERE id = $1`, [
      grab.body.id,
      at('09:30'),
    ]);
    const snapshot = await board();
    expect(snapshot.fair.counters).toEqual({ shifts: 2, seatsLeft: 4, matchedToday: 1 });
    expect(snapshot.fair.zones[0].employers[0].shifts[0].seatsLeft).toBe(2);
  });

  it("sends the hall's board live changes of a fair shift sited far away, while the fair runs", async () => {
    const far = await insertShift(api, business.id, at('11:00'), { title: '金州冷库装卸' });
    // 60 km north of the hall: no board radius reaches it.
    await api.db.query(`UPDATE shifts SET lat = lat + 0.54 WHERE id = $1`, [far]);
    await attachShift(api, operator, fair.id, far);
    const changed = {
      type: 'shift.updated',
      eventId: '1',
      at: NOW.toISOString(),
      rooms: [],
      data: { shiftId: far, status: 'open', filled: 0, headcount: 3 },
    } as any;
    const deltas = api.app.get(BoardDeltasService);
    const boardsOf = async () => (await deltas.deltasFor([changed])).map((d) => d.marketId);
    expect(await boardsOf()).not.toContain(market.id);
    setClock(api, at('09:30'));
    expect(await boardsOf()).toContain(market.id);
  });

  it('drops the fair at its end, and never shows a cancelled one', async () => {
    setClock(api, at('12:00'));
    expect((await board()).fair).toBeNull();

    setClock(api, NOW);
    const later = await scheduleFair(api, operator, market.id, NOW, 6, 8);
    await api.post(`/api/v1/fairs/${later.id}/cancel`, undefined, { token: operator.token });
    setClock(api, at('15:00'));
    const snapshot = await board();
    expect(snapshot.fair).toBeNull();
    expect(snapshot.nextFair).toBeNull();
  });
});
