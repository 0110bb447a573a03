import { employerWithProfile, shiftBody } from './listings/listings-factory';
import { startApi, TestApi } from './support/test-api';

describe('Idempotency-Key on POST /shifts (a phone retrying on a weak network)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('ten simultaneous retries with one key create one shift and all get the same answer', async () => {
    const employer = await employerWithProfile(api);
    const body = shiftBody(new Date());
    const headers = { 'idempotency-key': 'post-shift-0001' };
    const before = await api.count('shifts');

    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        api.post('/api/v1/shifts', body, { token: employer.token, headers }),
      ),
    );

    expect(results.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(await api.count('shifts')).toBe(before + 1);
  });

  it('a later retry gets the stored answer, without a second shift', async () => {
    const employer = await employerWithProfile(api);
    const body = shiftBody(new Date());
    const headers = { 'idempotency-key': 'post-shift-0002' };
    const first = await api.post('/api/v1/shifts', body, { token: employer.token, headers });
    const before = await api.count('shifts');
    const again = await api.post('/api/v1/shifts', body, { token: employer.token, headers });
    expect(again.status).toBe(first.status);
    expect(again.body).toEqual(first.body);
    expect(await api.count('shifts')).toBe(before);
  });

  it('the same key with a different body is refused (422), and other users’ keys never meet', async () => {
    const employer = await employerWithProfile(api);
    const other = await employerWithProfile(api);
    const headers = { 'idempotency-key': 'post-shift-0003' };
    const now = new Date();
    expect(
      (await api.post('/api/v1/shifts', shiftBody(now), { token: employer.token, headers })).status,
    ).toBe(201);

    const changed = await api.post('/api/v1/shifts', shiftBody(now, { headcount: 9 }), {
      token: employer.token,
      headers,
    });
    expect(changed.status).toBe(422);
    expect(changed.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');

    const otherUser = await api.post('/api/v1/shifts', shiftBody(now), {
      token: other.token,
      headers,
    });
    expect(otherUser.status).toBe(201);
  });

  it('a request that failed leaves its key free, so the corrected retry goes through', async () => {
    const employer = await employerWithProfile(api);
    const headers = { 'idempotency-key': 'post-shift-0004' };
    const now = new Date();
    const bad = await api.post('/api/v1/shifts', shiftBody(now, { tradeCode: 'no_such_trade' }), {
      token: employer.token,
      headers,
    });
    expect(bad.status).toBe(400);
    const good = await api.post('/api/v1/shifts', shiftBody(now), {
      token: employer.token,
      headers,
    });
    expect(good.status).toBe(201);
  });

  it('a malformed key is a 400 naming the header', async () => {
    const employer = await employerWithProfile(api);
    const res = await api.post('/api/v1/shifts', shiftBody(new Date()), {
      token: employer.token,
      headers: { 'idempotency-key': 'has spaces and ✓' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].field).toBe('Idempotency-Key');
  });
});
