import { PHONE_LIKE, scannable } from '../listings/listings-factory';
import { setClock } from '../matching/matching-factory';
import { startApi, type SignedIn, type TestApi } from '../support/test-api';
import {
  anEmployer,
  completedRecord,
  confirmAll,
  currentCommitment,
  someWorkers,
} from './statistics-factory';

const NOW = new Date('2030-03-20T02:00:00Z'); // 10:00 in Shanghai

/** A worker's own work records (承诺制, clause 三): what they see and what confirming stores. */
describe('work records: a worker sees and confirms their own', () => {
  let api: TestApi;
  let employer: SignedIn;
  let version: string;
  const records = (w: SignedIn, query = '') =>
    api.get(`/api/v1/workers/me/work-records${query}`, { token: w.token });

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
    employer = await anEmployer(api, '星海湾保洁服务有限公司');
    const [w] = await someWorkers(api, 1);
    version = await currentCommitment(api, w!);
  });
  afterAll(() => api.close());
  afterEach(() => setClock(api, NOW));

  it('lists only the worker’s own records: date, hours, income, district, trade, employer — no exact place', async () => {
    const [me, other] = await someWorkers(api, 2);
    const mine = await completedRecord(api, {
      worker: me!,
      employerId: employer.id,
      day: '2030-03-12',
      at: '07:30',
      minutes: 270,
      payFen: 13500,
      trade: 'cleaner',
      district: '西岗区',
    });
    const theirs = await completedRecord(api, {
      worker: other!,
      employerId: employer.id,
      day: '2030-03-12',
    });

    const res = await records(me!);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({
      assignmentId: mine,
      date: '2030-03-12',
      hours: 4.5,
      incomeFen: 13500,
      district: '西岗区',
      tradeCode: 'cleaner',
      tradeNameZh: '保洁员',
      employerName: '星海湾保洁服务有限公司',
      status: 'unconfirmed',
    });
    expect(res.body.counts).toEqual({ unconfirmed: 1, confirmed: 0, disputed: 0 });
    const text = scannable(res.body);
    expect(text).not.toContain('人民路');
    expect(text).not.toContain('38.914');
    expect(text).not.toMatch(PHONE_LIKE);

    // Someone else's record is simply not there, for confirming or for flagging.
    const confirmTheirs = await api.post(
      `/api/v1/workers/me/work-records/${theirs}/confirm`,
      { textVersion: version },
      { token: me!.token },
    );
    expect(confirmTheirs.status).toBe(404);
    const flagTheirs = await api.post(
      `/api/v1/workers/me/work-records/${theirs}/dispute`,
      { note: '不是我的' },
      { token: me!.token },
    );
    expect(flagTheirs.status).toBe(404);
    const listed = await api.post(
      '/api/v1/workers/me/work-records/confirm',
      { textVersion: version, assignmentIds: [mine, theirs] },
      { token: me!.token },
    );
    expect(listed.status).toBe(404);
    expect(await api.count('work_record_confirmations')).toBe(0);
  });

  it('stores each confirmation with the commitment version and the time; an old version is refused', async () => {
    const [me] = await someWorkers(api, 1);
    const ids = [
      await completedRecord(api, { worker: me!, employerId: employer.id, day: '2030-03-11' }),
      await completedRecord(api, { worker: me!, employerId: employer.id, day: '2030-03-13' }),
    ];

    const old = await api.post(
      '/api/v1/workers/me/work-records/confirm',
      { textVersion: '2020-01-v0' },
      { token: me!.token },
    );
    expect(old.status).toBe(400);
    expect(old.body.error.details[0].field).toBe('textVersion');

    const confirmedAt = new Date('2030-03-20T03:15:00Z');
    setClock(api, confirmedAt);
    const done = await confirmAll(api, me!, version);
    expect(done).toEqual({ confirmed: 2, counts: { unconfirmed: 0, confirmed: 2, disputed: 0 } });

    const rows = await api.db.query(
      `SELECT assignment_id, text_version, confirmed_at, work_date::text AS day
         FROM work_record_confirmations WHERE worker_id = $1 ORDER BY work_date`,
      [me!.id],
    );
    expect(rows).toEqual([
      {
        assignment_id: ids[0],
        text_version: version,
        confirmed_at: confirmedAt,
        day: '2030-03-11',
      },
      {
        assignment_id: ids[1],
        text_version: version,
        confirmed_at: confirmedAt,
        day: '2030-03-13',
      },
    ]);
    const list = await records(me!);
    expect(list.body.items[0].confirmation).toEqual({
      textVersion: version,
      at: '2030-03-20T11:15:00.000+08:00',
    });

    // A repeat is harmless: nothing new, the first confirmation stays.
    setClock(api, new Date('2030-03-21T00:00:00Z'));
    expect((await confirmAll(api, me!, version)).confirmed).toBe(0);
    const [again] = await api.db.query(
      `SELECT confirmed_at FROM work_record_confirmations WHERE assignment_id = $1`,
      [ids[0]],
    );
    expect(again.confirmed_at).toEqual(confirmedAt);
  });

  it('lets a worker flag a record as wrong: it is left out of "confirm all" until they confirm it themselves', async () => {
    const [me] = await someWorkers(api, 1);
    const wrong = await completedRecord(api, {
      worker: me!,
      employerId: employer.id,
      day: '2030-03-14',
    });
    const right = await completedRecord(api, {
      worker: me!,
      employerId: employer.id,
      day: '2030-03-15',
    });

    const flag = await api.post(
      `/api/v1/workers/me/work-records/${wrong}/dispute`,
      { note: '实际只干了 3 小时' },
      { token: me!.token },
    );
    expect(flag.status).toBe(201);
    expect(flag.body).toMatchObject({ status: 'disputed', dispute: { note: '实际只干了 3 小时' } });

    expect(await confirmAll(api, me!, version)).toEqual({
      confirmed: 1,
      counts: { unconfirmed: 0, confirmed: 1, disputed: 1 },
    });
    const disputed = await records(me!, '?status=disputed');
    expect(disputed.body.items.map((r: any) => r.assignmentId)).toEqual([wrong]);

    const confirmed = await api.post(
      `/api/v1/workers/me/work-records/${wrong}/confirm`,
      { textVersion: version },
      { token: me!.token },
    );
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.status).toBe('confirmed');

    // Confirmed is final: no flag afterwards, and nothing stored by the refusal.
    const before = await api.count('work_record_disputes');
    const late = await api.post(
      `/api/v1/workers/me/work-records/${right}/dispute`,
      { note: '金额不对' },
      { token: me!.token },
    );
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('WORK_RECORD_CONFIRMED');
    expect(await api.count('work_record_disputes')).toBe(before);
  });

  it('confirms each record once when two phones tap "confirm all" at the same instant', async () => {
    const [me] = await someWorkers(api, 1);
    for (let d = 1; d <= 6; d++) {
      await completedRecord(api, { worker: me!, employerId: employer.id, day: `2030-03-0${d}` });
    }
    const [a, b] = await Promise.all([
      confirmAll(api, me!, version),
      confirmAll(api, me!, version),
    ]);
    expect(a.confirmed + b.confirmed).toBe(6);
    const [row] = await api.db.query(
      `SELECT count(*)::int AS n FROM work_record_confirmations WHERE worker_id = $1`,
      [me!.id],
    );
    expect(row.n).toBe(6);
  });

  it('applies a flag and a "confirm all" tapped together one after the other, never both', async () => {
    const [me] = await someWorkers(api, 1);
    const id = await completedRecord(api, {
      worker: me!,
      employerId: employer.id,
      day: '2030-03-16',
    });
    const [flag] = await Promise.all([
      api.post(
        `/api/v1/workers/me/work-records/${id}/dispute`,
        { note: '时间不对' },
        { token: me!.token },
      ),
      confirmAll(api, me!, version),
    ]);
    const [state] = await api.db.query(
      `SELECT EXISTS (SELECT 1 FROM work_record_confirmations WHERE assignment_id = $1) AS confirmed,
              EXISTS (SELECT 1 FROM work_record_disputes WHERE assignment_id = $1) AS disputed`,
      [id],
    );
    // Flag first: the record stays out of the count. Confirm first: the flag is refused.
    if (flag.status === 201) expect(state).toEqual({ confirmed: false, disputed: true });
    else {
      expect(flag.status).toBe(409);
      expect(state).toEqual({ confirmed: true, disputed: false });
    }
  });

  it('pages the list newest first, and refuses the list to other roles', async () => {
    const [me] = await someWorkers(api, 1);
    for (const day of ['2030-03-02', '2030-03-03', '2030-03-04']) {
      await completedRecord(api, { worker: me!, employerId: employer.id, day });
    }
    const first = await records(me!, '?limit=2');
    expect(first.body.items.map((r: any) => r.date)).toEqual(['2030-03-04', '2030-03-03']);
    const second = await records(
      me!,
      `?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    );
    expect(second.body.items.map((r: any) => r.date)).toEqual(['2030-03-02']);
    expect(second.body.nextCursor).toBeNull();
    expect(
      (await api.get('/api/v1/workers/me/work-records', { token: employer.token })).status,
    ).toBe(403);
  });
});
