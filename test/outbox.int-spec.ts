import { EventsReader } from '@app/events';
import { employerWithProfile, postShift, shiftBody } from './listings/listings-factory';
import { startApi, type TestApi } from './support/test-api';

/**
 * A transaction's events reach the stream from the process that committed it, the
 * moment it commits: no publisher transaction and no poll in between.
 */
describe('direct publishing of the outbox', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it("a posted shift's event is in the stream when the post answers, its row still to be marked", async () => {
    const employer = await employerWithProfile(api);
    const shift = await postShift(api, employer.token, shiftBody(new Date()));
    const events = await new EventsReader(api.redis).range();
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'shift.updated',
          data: expect.objectContaining({ shiftId: shift.id }),
        }),
      ]),
    );
    // No matcher runs here, so no sweep has marked it: the send cost no transaction.
    const rows = await api.db.query(
      `SELECT type, published_at FROM outbox_events WHERE payload::text LIKE '%' || $1 || '%'`,
      [shift.id],
    );
    expect(rows).toEqual([{ type: 'shift.updated', published_at: null }]);
  });
});
