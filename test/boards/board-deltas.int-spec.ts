import { BASE_URL, BoardWorld } from './board-world';

describe('board deltas for published events', () => {
  let w: BoardWorld;
  let near: any;
  let alsoNear: any;
  let far: any;

  beforeAll(async () => {
    w = await BoardWorld.start();
    near = await w.hallAt(0);
    alsoNear = await w.hallAt(6);
    far = await w.hallAt(60);
    const suspended = await w.hallAt(2);
    const res = await w.api.patch(
      `/api/v1/markets/${suspended.id}`,
      { status: 'suspended' },
      { token: w.admin.token },
    );
    expect(res.status).toBe(200);
  });
  afterAll(() => w.api.close());

  it('a new shift goes to every listed hall that shows it: nearby ones and the one it is posted to', async () => {
    let shift: any;
    const events = await w.eventsOf(async () => {
      const body = { title: '急招 13812345678', marketId: far.id, headcount: 2 };
      shift = await w.postAt(2, body, w.person.token);
    }, 'shift.updated');
    expect(events).toHaveLength(1);
    const out = await w.deltas(events);
    const byMarket = new Map(out.map((d) => [d.marketId, d.delta]));
    // Not the suspended hall, although it stands right at the site.
    expect([...byMarket.keys()].sort()).toEqual([near.id, alsoNear.id, far.id].sort());
    const card = (id: string) => (byMarket.get(id) as any).shift;
    expect(card(near.id)).toMatchObject({
      shiftId: shift.id,
      title: '急招 138****5678',
      employerName: '王**',
      seatsLeft: 2,
      qr: { url: `${BASE_URL}/w/shifts/${shift.id}` },
    });
    expect(Math.round(card(near.id).distanceKm)).toBe(2);
    expect(Math.round(card(alsoNear.id).distanceKm)).toBe(4);
    expect(Math.round(card(far.id).distanceKm)).toBe(58);
    expect(byMarket.get(near.id)).toMatchObject({ kind: 'shift', counters: { postedToday: 1 } });
  });

  it('a shift nobody shows gives no delta', async () => {
    const events = await w.eventsOf(() => w.postAt(120), 'shift.updated');
    expect(events).toHaveLength(1);
    expect(await w.deltas(events)).toEqual([]);
  });

  it('the last seat taken removes the card and puts the match on the ticker; a rejection adds nothing', async () => {
    const shift = await w.postAt(3, { headcount: 1 });
    const worker = await w.worker();
    let seat: any;
    const events = await w.eventsOf(async () => {
      seat = await w.grab(shift.id, worker);
    });
    const shiftEvents = events.filter((e) => e.type === 'shift.updated');
    const assignmentEvents = events.filter((e) => e.type === 'assignment.updated');
    expect(shiftEvents).toHaveLength(1);
    expect(assignmentEvents).toHaveLength(1);

    const removed = await w.deltas(shiftEvents);
    expect(removed.map((d) => d.marketId).sort()).toEqual([near.id, alsoNear.id].sort());
    for (const d of removed) {
      expect(d.delta).toMatchObject({ kind: 'shift', shift: { shiftId: shift.id, removed: true } });
    }

    const ticker = await w.deltas(assignmentEvents);
    expect(ticker).toHaveLength(2);
    for (const d of ticker) {
      expect(d.delta).toMatchObject({
        kind: 'ticker',
        entry: {
          assignmentId: seat.id,
          workerName: '张**',
          tradeNameZh: w.loaderZh,
          title: shift.title,
        },
        counters: { filledToday: 1 },
      });
    }

    const afterReject = await w.eventsOf(async () => {
      const res = await w.api.post(`/api/v1/assignments/${seat.id}/reject`, undefined, {
        token: w.business.token,
      });
      expect(res.status).toBe(200);
    });
    const rejected = afterReject.filter((e) => e.type === 'assignment.updated');
    expect(rejected.map((e) => (e.data as { status: string }).status)).toEqual(['rejected']);
    expect(await w.deltas(rejected)).toEqual([]);
    // The seat is free again: the card comes back, and the rejected seat no longer counts.
    const back = await w.deltas(afterReject.filter((e) => e.type === 'shift.updated'));
    expect(back.find((d) => d.marketId === near.id)!.delta).toMatchObject({
      kind: 'shift',
      shift: { shiftId: shift.id, seatsLeft: 1 },
      counters: { filledToday: 0 },
    });
  });

  it('a batch read at once gives each board its deltas in event order, a shift twice in it once with its later event', async () => {
    const first = await w.postAt(4, { headcount: 2 });
    const worker = await w.worker();
    const events = await w.eventsOf(async () => {
      await w.postAt(5, { title: '第二个岗位' });
      await w.grab(first.id, worker);
    });
    // The post, then the grab: shift.updated (new), assignment.updated, shift.updated (first).
    expect(events.map((e) => e.type)).toEqual([
      'shift.updated',
      'assignment.updated',
      'shift.updated',
    ]);
    const twice = [...events, { ...events[2]!, eventId: `${events[2]!.eventId}9` }];
    const out = await w.boardDeltas.deltasFor(twice);
    const atNear = out.filter((d) => d.marketId === near.id);
    expect(atNear.map((d) => [d.delta.kind, d.eventId])).toEqual([
      ['shift', events[0]!.eventId],
      ['ticker', events[1]!.eventId],
      ['shift', twice[3]!.eventId],
    ]);
    expect(atNear[2]!.delta).toMatchObject({ shift: { shiftId: first.id, seatsLeft: 1 } });
    w.board(out);
  });

  it('no payload a board received in this file carries a phone number or a personal field', () => {
    expect(w.seen.length).toBeGreaterThan(3);
    w.expectNothingPersonal(w.seen);
  });
});
