import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  employerWithProfile,
  insertShifts,
  northOfCentre,
  postShift,
  shiftBody,
  workerWithProfile,
} from '../listings/listings-factory';
import { startMatcherInProcess } from '../support/processes';
import type { SignedIn, TestApi } from '../support/test-api';
import { startApi } from '../support/test-api';
import { checkOut, setClock } from './matching-factory';
import { EventsReader, StreamEvent } from '@app/events';

// A Tuesday morning in Dalian; the shift runs 10:00–14:00 the same day.
const NOW = new Date('2026-12-01T08:00:00+08:00');
const at = (hhmm: string) => new Date(`2026-12-01T${hhmm}:00+08:00`);

/**
 * The end-to-end story through HTTP, with the API and the matcher on one
 * database and Redis (in this process; the crash test runs matchers as processes).
 */
describe('即时快招 end to end: post to on duty the same day', () => {
  let api: TestApi;
  let matcher: NestFastifyApplication;
  let reader: EventsReader;

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
    matcher = await startMatcherInProcess(api, { CLOCK_FIXED_AT: NOW.toISOString() });
    reader = new EventsReader(api.redis);
  }, 30_000);
  afterAll(async () => {
    await matcher?.close();
    await api?.close();
  });

  async function online(km: number, profile: Record<string, unknown> = {}): Promise<SignedIn> {
    const worker = await workerWithProfile(api, {
      availability: [],
      trades: [{ code: 'loader', level: 3 }],
      ...profile,
    });
    const res = await api.post(
      '/api/v1/workers/me/presence',
      { online: true, location: northOfCentre(km) },
      { token: worker.token },
    );
    if (res.status !== 200) throw new Error(`presence: ${res.status} ${JSON.stringify(res.body)}`);
    return worker;
  }

  it('offers reach the eligible in score order; two accept, confirm, check in by code, check out with pay', async () => {
    const employer = await employerWithProfile(api);
    // Five eligible loaders nearby, nearer first (all else equal, nearer scores higher).
    const eligible: SignedIn[] = [];
    for (const km of [0.5, 1, 1.5, 2, 2.5]) eligible.push(await online(km));
    // Not eligible: too far for the matcher, too far for themselves, the wrong trade,
    // and one booked on an overlapping shift elsewhere.
    const beyondMaxRadius = await online(40, { maxTravelKm: 100 });
    const beyondOwnReach = await online(4, { maxTravelKm: 1 });
    const cook = await online(0.3, { trades: [{ code: 'cook', level: 5 }] });
    const busy = await online(0.2);
    const [elsewhere] = await insertShifts(api, employer.id, 1, () => ({
      ...northOfCentre(5),
      startsAt: at('09:00'),
      hours: 3,
    }));
    await api.db.query(
      `INSERT INTO assignments (shift_id, worker_id, source, status, period)
       SELECT id, $2, 'grab', 'confirmed', tstzrange(starts_at, ends_at) FROM shifts WHERE id = $1`,
      [elsewhere, busy.id],
    );
    const ineligible = [beyondMaxRadius, beyondOwnReach, cook, busy].map((w) => w.id);

    const shift = await postShift(
      api,
      employer.token,
      shiftBody(NOW, {
        instant: true,
        headcount: 2,
        startsAt: '2026-12-01T10:00:00+08:00',
        endsAt: '2026-12-01T14:00:00+08:00',
      }),
    );
    const forShift = (type: string) => (e: StreamEvent) =>
      e.type === type && JSON.stringify(e.data).includes(shift.id);

    // Wave 1: 2 seats × 2 = four offers, to the four best eligible workers, best first.
    const created = await reader.waitFor(forShift('offer.created'), { count: 4 });
    expect(created.map((e) => e.rooms[0])).toEqual(
      eligible.slice(0, 4).map((w) => `worker:${w.id}`),
    );
    const offers: { id: string; worker_id: string; score: { total: number } }[] =
      await api.db.query(
        `SELECT id, worker_id, score FROM offers WHERE shift_id = $1 ORDER BY (score->>'total')::float DESC`,
        [shift.id],
      );
    expect(offers.map((o) => o.worker_id)).toEqual(eligible.slice(0, 4).map((w) => w.id));
    expect(offers.some((o) => ineligible.includes(o.worker_id))).toBe(false);
    // A worker sees the offer, with its score, in their own list.
    const mine = await api.get('/api/v1/workers/me/offers', { token: eligible[0]!.token });
    expect(mine.body.items.map((o: { id: string }) => o.id)).toEqual([offers[0]!.id]);

    // Two accept: the shift fills and the other two offers close with reason filled.
    const accepted = [];
    for (const i of [0, 1]) {
      const res = await api.post(`/api/v1/offers/${offers[i]!.id}/accept`, undefined, {
        token: eligible[i]!.token,
      });
      expect(res.status).toBe(201);
      accepted.push(res.body);
    }
    expect((await api.get(`/api/v1/shifts/${shift.id}`)).body).toMatchObject({
      status: 'filled',
      filled: 2,
    });
    const closed = await reader.waitFor(
      (e) => forShift('offer.closed')(e) && (e.data as { reason: string }).reason === 'filled',
      { count: 2 },
    );
    expect(closed.map((e) => e.rooms[0]).sort()).toEqual(
      eligible
        .slice(2, 4)
        .map((w) => `worker:${w.id}`)
        .sort(),
    );
    const [{ pending }] = await api.db.query(
      `SELECT count(*)::int AS pending FROM offers WHERE shift_id = $1 AND status = 'pending'`,
      [shift.id],
    );
    expect(pending).toBe(0);

    // The employer confirms both.
    for (const a of accepted) {
      const res = await api.post(`/api/v1/assignments/${a.id}/confirm`, undefined, {
        token: employer.token,
      });
      expect([res.status, res.body.status]).toEqual([200, 'confirmed']);
    }

    // On site: a wrong code is refused, the code the employer shows works.
    setClock(api, at('10:00'));
    const { code } = (
      await api.get(`/api/v1/shifts/${shift.id}/check-in-code`, { token: employer.token })
    ).body;
    const checkIn = `/api/v1/assignments/${accepted[0].id}/check-in`;
    const wrong = await api.post(
      checkIn,
      { code: code === '000000' ? '000001' : '000000' },
      { token: eligible[0]!.token },
    );
    expect([wrong.status, wrong.body.error.code]).toEqual([409, 'CHECK_IN_CODE_INVALID']);
    const right = await api.post(checkIn, { code }, { token: eligible[0]!.token });
    expect([right.status, right.body.status]).toEqual([200, 'checked_in']);

    // 10:00–14:00 at ¥30/hour: 4 hours, ¥120.
    setClock(api, at('14:00'));
    const out = await checkOut(api, accepted[0].id, eligible[0]!.token);
    expect(out.status).toBe(200);
    expect(out.body).toMatchObject({ status: 'completed', hours: 4, payFen: 12000 });
  }, 60_000);
});
