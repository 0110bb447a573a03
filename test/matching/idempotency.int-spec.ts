import { startApi, TestApi } from '../support/test-api';
import { GRAB_BODY } from '../support/grab-body';
import { employerAndShift, setClock, workers } from './matching-factory';

// 08:00 in Shanghai; the factory's shifts run 10:00–14:00 the same day.
const NOW = new Date('2030-03-11T00:00:00Z');
const at = (hhmm: string) => new Date(`2030-03-11T${hhmm}:00+08:00`);

describe('a phone retrying grab, confirm and check-in with one Idempotency-Key', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
  });
  afterAll(() => api.close());
  afterEach(() => setClock(api, NOW));

  const twice = async (url: string, token: string, key: string, body?: unknown) => {
    const headers = { 'idempotency-key': key };
    const first = await api.post(`/api/v1${url}`, body, { token, headers });
    const retry = await api.post(`/api/v1${url}`, body, { token, headers });
    return [first, retry] as const;
  };

  it('gets the same answer each time and no second effect', async () => {
    const { employer, shift } = await employerAndShift(api, NOW, { headcount: 3 });
    const [worker] = await workers(api, 1);

    const [grab, grabAgain] = await twice(
      `/shifts/${shift.id}/grab`,
      worker!.token,
      'grab-1',
      GRAB_BODY,
    );
    expect([grab.status, grabAgain.status]).toEqual([201, 201]);
    expect(grabAgain.body).toEqual(grab.body);
    const seats = await api.db.query(`SELECT filled FROM shifts WHERE id = $1`, [shift.id]);
    expect(seats[0].filled).toBe(1);

    const assignment = grab.body.id;
    const [confirm, confirmAgain] = await twice(
      `/assignments/${assignment}/confirm`,
      employer.token,
      'confirm-1',
    );
    expect([confirm.status, confirmAgain.status]).toEqual([200, 200]);
    expect(confirmAgain.body).toEqual(confirm.body);

    setClock(api, at('10:05'));
    const { code } = (
      await api.get(`/api/v1/shifts/${shift.id}/check-in-code`, { token: employer.token })
    ).body;
    const [checkIn, checkInAgain] = await twice(
      `/assignments/${assignment}/check-in`,
      worker!.token,
      'check-in-1',
      { code },
    );
    expect([checkIn.status, checkInAgain.status]).toEqual([200, 200]);
    expect(checkInAgain.body).toEqual(checkIn.body);

    // Without the key, a second check-in is the illegal move it is.
    const plain = await api.post(
      `/api/v1/assignments/${assignment}/check-in`,
      { code },
      {
        token: worker!.token,
      },
    );
    expect(plain.status).toBe(409);
    const rows = await api.db.query(
      `SELECT count(*)::int AS n FROM assignments WHERE shift_id = $1`,
      [shift.id],
    );
    expect(rows[0].n).toBe(1);
  });
});
