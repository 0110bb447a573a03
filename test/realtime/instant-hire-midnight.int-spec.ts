import { employerWithProfile, postShift, shiftBody } from '../listings/listings-factory';
import { createMarket } from '../markets/market-factory';
import { AppClock } from '../support/test-clock';
import { Cluster, onlineWorker } from './realtime-factory';

const HOUR = 3_600_000;
/** "YYYY-MM-DD" of an instant in Dalian. */
const shanghaiDate = (at: Date) => new Date(at.getTime() + 8 * HOUR).toISOString().slice(0, 10);

/**
 * 即时快招 around midnight, with the API, a matcher and a realtime node whose clocks
 * stand at 23:30 or 00:10 in Dalian (CLOCK_OFFSET_MS) whatever the hour the tests run:
 * an instant shift starting 90 minutes later is posted, offered to a worker's socket,
 * accepted, and counted on the hall's board as posted and filled today.
 */
describe.each(['23:30', '00:10'])('instant hire with the apps at %s in Dalian', (hhmm) => {
  let cluster: Cluster;
  let clock: AppClock;

  beforeAll(async () => {
    clock = AppClock.at(hhmm);
    cluster = await Cluster.start(clock.env, 1);
  }, 60_000);
  afterAll(async () => {
    await cluster?.close();
  });

  it('posts an instant shift 90 minutes ahead, offers it, fills the seat and counts it today', async () => {
    const { api } = cluster;
    const admin = await api.signIn('admin');
    const market = await createMarket(api, admin.token);
    const employer = await employerWithProfile(api);
    const worker = await onlineWorker(api, 'mover');
    const phone = cluster.connect({ token: worker.token });
    await phone.waitFor('offers.snapshot');

    const posted = clock.now();
    const startsAt = new Date(posted.getTime() + 1.5 * HOUR);
    const shift = await postShift(
      api,
      employer.token,
      shiftBody(posted, {
        instant: true,
        headcount: 1,
        tradeCode: 'mover',
        marketId: market.id,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 4 * HOUR).toISOString(),
      }),
    );
    expect(shift.instant).toBe(true);
    // At 23:30 the shift starts on the next calendar day, which the old rule refused.
    expect(shanghaiDate(startsAt) !== shanghaiDate(posted)).toBe(hhmm === '23:30');

    const offer = await phone.waitFor('offer.created', (p) => p.shift.id === shift.id);
    expect(Date.parse(offer.expiresAt)).toBeGreaterThan(clock.now().getTime());
    const accepted = await api.post(`/api/v1/offers/${offer.offerId}/accept`, undefined, {
      token: worker.token,
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ status: 'pending_confirm' });

    const board = await api.get(`/api/v1/markets/${market.id}/board`);
    expect(board.status).toBe(200);
    expect(board.body.counters).toMatchObject({ postedToday: 1, filledToday: 1 });
  });
});
