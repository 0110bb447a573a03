import { startApi, TestApi } from '../support/test-api';
import { employerWithProfile, shiftBody } from './listings-factory';

describe('events a posted shift records for the realtime layer and the matcher', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const outbox = () =>
    api.db.query(`SELECT id::text, type, payload FROM outbox_events ORDER BY id`) as Promise<
      { id: string; type: string; payload: any }[]
    >;

  it('records shift.updated (open, 0 of headcount) for the employer and the shift, with the post', async () => {
    const employer = await employerWithProfile(api);
    const res = await api.post('/api/v1/shifts', shiftBody(new Date(), { headcount: 2 }), {
      token: employer.token,
    });
    expect(res.status).toBe(201);
    const events = (await outbox()).filter((e) => e.payload.data.shiftId === res.body.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'shift.updated',
      payload: {
        rooms: [`employer:${employer.id}`, `shift:${res.body.id}`],
        data: { shiftId: res.body.id, status: 'open', filled: 0, headcount: 2, marketId: null },
      },
    });
  });

  it('records nothing for a post that fails', async () => {
    const employer = await employerWithProfile(api);
    const before = (await outbox()).length;
    const res = await api.post(
      '/api/v1/shifts',
      shiftBody(new Date(), { tradeCode: 'no_such_trade' }),
      {
        token: employer.token,
      },
    );
    expect(res.status).toBe(400);
    expect((await outbox()).length).toBe(before);
  });
});
