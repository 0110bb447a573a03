import { employerWithProfile, postShift, shiftBody } from '../listings/listings-factory';
import {
  AppProcess,
  freePort,
  listening,
  sharedEnv,
  startProcess,
  stopProcess,
} from '../support/processes';
import type { TestApi } from '../support/test-api';
import { startApi } from '../support/test-api';
import { onlineWorkersNorth } from './matching-factory';
import { AppClock } from '../support/test-clock';
import { EventsReader, StreamEvent } from '@app/events';

/**
 * Matchers as real processes: one is killed with SIGKILL in the middle of a wave
 * and another takes over. Offers live 3 s; a dead matcher's jobs and unacknowledged
 * events pass to another after MATCHER_LOCK_MS = 1.5 s.
 */
describe('a matcher killed mid-wave', () => {
  // The apps' clock stands at 10:00 in Dalian and runs: no result depends on the hour.
  const clock = AppClock.at('10:00');
  let api: TestApi;
  const procs: AppProcess[] = [];

  async function matcher(): Promise<AppProcess> {
    const proc = startProcess(
      'matcher',
      sharedEnv(api, {
        ...clock.env,
        MATCHER_PORT: String(await freePort()),
        OFFER_TTL_SECONDS: '3',
        MATCHER_LOCK_MS: '1500',
        LOG_LEVEL: 'info',
      }),
    );
    procs.push(proc);
    await listening(proc);
    return proc;
  }

  beforeAll(async () => {
    api = await startApi(clock.env);
  });
  afterAll(async () => {
    for (const p of procs) await stopProcess(p, 'SIGKILL');
    await api?.close();
  });

  it('loses no expiry and no wave, and offers no worker twice', async () => {
    const crowd = await onlineWorkersNorth(api, [0.5, 1, 1.5, 2, 2.5]);
    const employer = await employerWithProfile(api);
    const reader = new EventsReader(api.redis);

    const first = await matcher();
    const shift = await postShift(
      api,
      employer.token,
      shiftBody(clock.now(), { instant: true, headcount: 2 }),
    );
    const forShift = (type: string) => (e: StreamEvent) =>
      e.type === type && JSON.stringify(e.data).includes(shift.id);

    await reader.waitFor(forShift('offer.created'));
    expect(await stopProcess(first, 'SIGKILL')).toBeNull();
    const second = await matcher();

    // All four first-wave offers expire (their expiry jobs survive the crash or are
    // rescheduled by the retried wave job), and the next wave reaches the fifth worker.
    const closed = await reader.waitFor(forShift('offer.closed'), { count: 4, timeoutMs: 30_000 });
    expect(closed.every((e) => (e.data as { reason: string }).reason === 'expired')).toBe(true);
    await reader.waitFor(
      (e) => forShift('offer.created')(e) && e.rooms[0] === `worker:${crowd[4]!.id}`,
      { timeoutMs: 30_000 },
    );

    const offers: { worker_id: string; wave: number }[] = await api.db.query(
      `SELECT worker_id, wave FROM offers WHERE shift_id = $1 ORDER BY wave, created_at`,
      [shift.id],
    );
    expect(new Set(offers.map((o) => o.worker_id)).size).toBe(offers.length);
    expect(
      offers
        .filter((o) => o.wave === 1)
        .map((o) => o.worker_id)
        .sort(),
    ).toEqual(
      crowd
        .slice(0, 4)
        .map((w) => w.id)
        .sort(),
    );
    expect(offers.map((o) => o.worker_id)).toContain(crowd[4]!.id);

    // The stream may carry an event twice (at-least-once) but only under one eventId,
    // and no worker was told of two different offers for this shift.
    const created = (await reader.range()).filter(forShift('offer.created'));
    const byEventId = new Map(created.map((e) => [e.eventId, e]));
    const perWorker = new Map<string, Set<string>>();
    for (const e of byEventId.values()) {
      const set = perWorker.get(e.rooms[0]!) ?? new Set<string>();
      set.add((e.data as { offerId: string }).offerId);
      perWorker.set(e.rooms[0]!, set);
    }
    expect([...perWorker.values()].every((s) => s.size === 1)).toBe(true);
    expect(perWorker.size).toBe(offers.length);

    // The survivor shuts down cleanly.
    expect(await stopProcess(second, 'SIGTERM')).toBe(0);
  }, 90_000);
});
