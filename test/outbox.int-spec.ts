import { once } from 'node:events';
import { Client } from 'pg';
import { employerWithProfile, postShift, shiftBody } from './listings/listings-factory';
import { startApi, type TestApi } from './support/test-api';

/** The outbox wakes its publisher on commit, in the same round trip as the rows it writes. */
describe('outbox notification', () => {
  let api: TestApi;
  let listener: Client;

  beforeAll(async () => {
    api = await startApi();
    listener = new Client({ connectionString: api.databaseUrl });
    await listener.connect();
    await listener.query('LISTEN outbox');
  });
  afterAll(async () => {
    await listener?.end();
    await api?.close();
  });

  it('a posted shift notifies the publisher once its events are committed', async () => {
    const employer = await employerWithProfile(api);
    const notified = once(listener, 'notification');
    const shift = await postShift(api, employer.token, shiftBody(new Date()));
    const [message] = (await notified) as [{ channel: string }];
    expect(message.channel).toBe('outbox');
    const rows = await api.db.query(
      `SELECT type FROM outbox_events WHERE payload::text LIKE '%' || $1 || '%'`,
      [shift.id],
    );
    expect(rows.map((r: { type: string }) => r.type)).toContain('shift.updated');
  });
});
