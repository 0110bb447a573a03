import { Clock } from '@app/common';
import { ShiftProgressService } from '@app/matching';
import { startApi, TestApi } from '../support/test-api';
import {
  bookedSeat,
  employerAndShift,
  eventsSince,
  insertOffers,
  lastEventId,
  setClock,
  workers,
} from './matching-factory';

// 08:00 in Shanghai; the factory's shifts run 10:00–14:00 the same day.
const NOW = new Date('2030-03-11T00:00:00Z');
const at = (hhmm: string) => new Date(`2030-03-11T${hhmm}:00+08:00`);

describe('shifts move on as time passes (the matcher’s minute sweep)', () => {
  let api: TestApi;
  let progress: ShiftProgressService;
  const statusOf = async (id: string) =>
    (await api.get(`/api/v1/shifts/${id}`)).body.status as string;

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
    progress = new ShiftProgressService(api.db, api.app.get(Clock));
  });
  afterAll(() => api.close());
  afterEach(() => setClock(api, NOW));

  it('starts a shift when someone is on duty, completes it at the end, and tells the employer and the board', async () => {
    const { employer, shift, worker, assignment } = await bookedSeat(api, NOW, {
      confirm: true,
      shift: { headcount: 1 },
    });
    expect(await progress.advance(at('09:00'))).toBe(0);

    setClock(api, at('10:05'));
    const { code } = (
      await api.get(`/api/v1/shifts/${shift.id}/check-in-code`, { token: employer.token })
    ).body;
    const checkIn = await api.post(
      `/api/v1/assignments/${assignment.id}/check-in`,
      { code },
      {
        token: worker.token,
      },
    );
    expect(checkIn.status).toBe(200);

    const since = await lastEventId(api);
    await progress.advance(at('10:06'));
    expect(await statusOf(shift.id)).toBe('in_progress');
    await progress.advance(at('14:00'));
    expect(await statusOf(shift.id)).toBe('completed');
    const updates = await eventsSince(api, since, 'shift.updated');
    expect(updates.filter((e) => e.data.shiftId === shift.id).map((e) => e.data.status)).toEqual([
      'in_progress',
      'completed',
    ]);
    expect(updates[0]!.rooms).toContain(`employer:${employer.id}`);
  });

  it('expires a shift nobody worked at its end, open or filled, and revokes its pending offers', async () => {
    const { shift: open } = await employerAndShift(api, NOW, { headcount: 2 });
    const [w] = await workers(api, 1);
    const [offerId] = await insertOffers(api, open.id, [w!.id], NOW, 8 * 3600);
    const { shift: filled } = await bookedSeat(api, NOW, {
      confirm: true,
      shift: { headcount: 1 },
    });

    const since = await lastEventId(api);
    expect(await progress.advance(at('13:59'))).toBe(0);
    await progress.advance(at('14:00'));
    expect(await statusOf(open.id)).toBe('expired');
    expect(await statusOf(filled.id)).toBe('expired');
    const [offer] = await api.db.query(`SELECT status, close_reason FROM offers WHERE id = $1`, [
      offerId,
    ]);
    expect(offer).toEqual({ status: 'revoked', close_reason: 'revoked' });
    const closed = await eventsSince(api, since, 'offer.closed');
    expect(closed.map((e) => [e.data.offerId, e.data.reason])).toEqual([[offerId, 'revoked']]);
    expect(closed[0]!.rooms).toEqual([`worker:${w!.id}`]);

    // A second sweep finds nothing left to do.
    const after = await lastEventId(api);
    await progress.advance(at('14:01'));
    expect(await lastEventId(api)).toBe(after);
  });
});
