import { startApi, type SignedIn, type TestApi } from '../support/test-api';
import {
  anEmployer,
  completedRecord,
  confirmAll,
  currentCommitment,
  parseCsv,
  someWorkers,
} from './statistics-factory';

const A = '中山区';
const B = '西岗区';

/**
 * The admin's statistics (clause 三) on a known city: March 2030 with
 *   中山区: loader 4 workers, cleaner 3, mover 5 (+ 2 unconfirmed, 1 flagged as wrong)
 *   西岗区: loader 2, cleaner 3, mover 6
 * and February with 5 movers in each district, so every line of the table keeps its
 * suppressed cells covering at least 5 workers and no cell of 5 or more is hidden.
 */
describe('statistics of new forms of employment', () => {
  let api: TestApi;
  let admin: SignedIn;
  let employer: SignedIn;
  let version: string;
  /** What we confirmed, per record, to check the answers against. */
  const confirmed: {
    month: string;
    district: string;
    trade: string;
    minutes: number;
    payFen: number;
  }[] = [];
  let serial = 0;

  /** `n` workers with one confirmed record each (the first one gets `extra` more). */
  async function cell(month: string, district: string, trade: string, n: number, extra = 0) {
    const workers = await someWorkers(api, n);
    for (const [i, worker] of workers.entries()) {
      for (let k = 0; k <= (i === 0 ? extra : 0); k++) {
        serial += 1;
        const minutes = 180 + ((serial * 7) % 120);
        const payFen = 10000 + serial * 137;
        const day = `${month}-${String(1 + (serial % 27)).padStart(2, '0')}`;
        await completedRecord(api, {
          worker,
          employerId: employer.id,
          day,
          district,
          trade,
          minutes,
          payFen,
        });
        confirmed.push({ month, district, trade, minutes, payFen });
      }
      await confirmAll(api, worker, version);
    }
    return workers;
  }

  const overview = (query: string, token = admin.token) =>
    api.get(`/api/v1/admin/statistics?${query}`, { token });
  const find = (items: any[], district: string | null, trade: string | null) =>
    items.find((e) => e.district === district && e.tradeCode === trade);
  const sums = (rows: typeof confirmed) => ({
    records: rows.length,
    minutes: rows.reduce((s, r) => s + r.minutes, 0),
    payFen: rows.reduce((s, r) => s + r.payFen, 0),
  });

  beforeAll(async () => {
    api = await startApi();
    admin = await api.signIn('admin');
    employer = await anEmployer(api);
    const [w] = await someWorkers(api, 1);
    version = await currentCommitment(api, w!);

    await cell('2030-03', A, 'loader', 4);
    await cell('2030-03', A, 'cleaner', 3);
    const movers = await cell('2030-03', A, 'mover', 5, 1);
    await cell('2030-03', B, 'loader', 2);
    await cell('2030-03', B, 'cleaner', 3);
    await cell('2030-03', B, 'mover', 6);
    await cell('2030-02', A, 'mover', 5);
    await cell('2030-02', B, 'mover', 5);

    // Not counted: two movers who never confirmed, and a record one mover flagged as wrong.
    for (const worker of await someWorkers(api, 2)) {
      await completedRecord(api, {
        worker,
        employerId: employer.id,
        day: '2030-03-05',
        district: A,
        trade: 'mover',
      });
    }
    const flagged = await completedRecord(api, {
      worker: movers[1]!,
      employerId: employer.id,
      day: '2030-03-06',
      district: A,
      trade: 'mover',
      payFen: 99999,
    });
    const flag = await api.post(
      `/api/v1/workers/me/work-records/${flagged}/dispute`,
      { note: '这单没做' },
      { token: movers[1]!.token },
    );
    expect(flag.status).toBe(201);
  });
  afterAll(() => api.close());

  it('exports a CSV whose totals equal the sums of the confirmed records, with a cell of 4 workers suppressed', async () => {
    const res = await api.get(
      '/api/v1/admin/statistics/export.csv?periodKind=month&period=2030-03',
      {
        token: admin.token,
      },
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('statistics-2030-03.csv');
    expect((res.body as string).charCodeAt(0)).toBe(0xfeff);

    const [header, ...rows] = parseCsv(res.body);
    expect(header!.slice(0, 7)).toEqual([
      '期间 Period',
      '区(市县) District',
      '工种 Trade',
      '人数 Workers',
      '记录数 Records',
      '工时(小时) Hours',
      '收入(元) Income (CNY)',
    ]);
    const total = rows[rows.length - 1]!;
    const march = sums(confirmed.filter((r) => r.month === '2030-03'));
    // The underlying records, read back from the tables themselves.
    const [db] = await api.db.query(
      `SELECT count(*)::int AS records, sum(a.minutes_worked)::int AS minutes, sum(a.pay_fen)::int AS pay
         FROM assignments a JOIN work_record_confirmations c ON c.assignment_id = a.id
        WHERE c.work_date >= '2030-03-01' AND c.work_date < '2030-04-01'`,
    );
    expect(db).toEqual({ records: march.records, minutes: march.minutes, pay: march.payFen });
    expect(total.slice(1, 4)).toEqual(['合计 Total', '', '23']);
    expect(Number(total[4])).toBe(march.records);
    expect(Number(total[5])).toBe(Math.round((march.minutes / 60) * 100) / 100);
    expect(Math.round(Number(total[6]) * 100)).toBe(march.payFen);

    const row = (district: string, tradeZh: string) =>
      rows.find((r) => r[1] === district && r[2] === tradeZh)!;
    expect(row(A, '装卸工').slice(3, 7)).toEqual(['<5', '', '', '']);
    expect(row(A, '装卸工')[11]).toBe('是 yes');
    const movers = confirmed.filter(
      (r) => r.month === '2030-03' && r.district === A && r.trade === 'mover',
    );
    expect(row(A, '搬运工').slice(3, 5)).toEqual(['5', String(movers.length)]);
    expect(Math.round(Number(row(A, '搬运工')[6]) * 100)).toBe(sums(movers).payFen);
  });

  it('answers the same through the API: suppressed cells are null and flagged, unconfirmed work is left out', async () => {
    const res = await overview('periodKind=month&period=2030-03');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      period: '2030-03',
      from: '2030-03-01',
      until: '2030-03-31',
      minWorkers: 5,
    });
    expect(find(res.body.items, A, 'loader')).toMatchObject({
      workers: null,
      records: null,
      hours: null,
      incomeFen: null,
      suppressed: true,
      change: null,
    });
    // 5 confirmed movers in 中山区: the 2 who did not confirm and the flagged record are not here.
    const movers = confirmed.filter(
      (r) => r.month === '2030-03' && r.district === A && r.trade === 'mover',
    );
    expect(find(res.body.items, A, 'mover')).toMatchObject({
      workers: 5,
      records: movers.length,
      incomeFen: sums(movers).payFen,
      suppressed: false,
    });
    expect(res.body.total.workers).toBe(23);
    expect(find(res.body.byDistrict, A, null)).toMatchObject({ workers: 12, suppressed: false });
    expect(find(res.body.byTrade, null, 'loader')).toMatchObject({ workers: 6, suppressed: false });
  });

  it('gives the change against the previous month, absolute and in percent', async () => {
    const res = await overview('periodKind=month&period=2030-03');
    expect(res.body.previousPeriod).toBe('2030-02');
    const now = confirmed.filter(
      (r) => r.month === '2030-03' && r.district === B && r.trade === 'mover',
    );
    const before = confirmed.filter(
      (r) => r.month === '2030-02' && r.district === B && r.trade === 'mover',
    );
    const change = find(res.body.items, B, 'mover').change;
    expect(change.workers).toEqual({ abs: 1, pct: 20 });
    const income = sums(now).payFen - sums(before).payFen;
    expect(change.incomeFen).toEqual({
      abs: income,
      pct: Math.round((income / sums(before).payFen) * 1000) / 10,
    });
    // Suppressed now: no change either, or it would give the value away.
    expect(find(res.body.items, B, 'cleaner').change).toBeNull();
    // No cleaners at all in February: a change in absolute terms only.
    expect(find(res.body.byTrade, null, 'cleaner').change.workers).toEqual({ abs: 6, pct: null });
    expect(res.body.total.change.workers).toEqual({ abs: 13, pct: 130 });
  });

  it('cuts filtered views out of the same table, and the trend shows the filter’s totals', async () => {
    const res = await overview(`periodKind=month&period=2030-03&district=${encodeURIComponent(A)}`);
    expect(res.body.items.map((e: any) => e.tradeCode)).toEqual(
      expect.arrayContaining(['loader', 'cleaner', 'mover']),
    );
    expect(res.body.items.every((e: any) => e.district === A)).toBe(true);
    expect(res.body.total).toMatchObject({ district: A, tradeCode: null, workers: 12 });

    const trend = await api.get(
      `/api/v1/admin/statistics/trend?periodKind=month&period=2030-03&count=3&trade=mover`,
      { token: admin.token },
    );
    expect(trend.status).toBe(200);
    expect(trend.body.items.map((p: any) => [p.period, p.workers])).toEqual([
      ['2030-01', 0],
      ['2030-02', 10],
      ['2030-03', 11],
    ]);
  });

  it('counts by ISO week in Shanghai time: a check-in at 00:30 on Monday belongs to that week', async () => {
    const workers = await someWorkers(api, 5);
    for (const worker of workers) {
      // Monday 2030-04-08 00:30 in Shanghai is still Sunday in UTC.
      await completedRecord(api, {
        worker,
        employerId: employer.id,
        day: '2030-04-08',
        at: '00:30',
        district: '金州区',
      });
      await confirmAll(api, worker, version);
    }
    const w15 = await overview('periodKind=week&period=2030-W15');
    expect(w15.body).toMatchObject({
      from: '2030-04-08',
      until: '2030-04-14',
      previousPeriod: '2030-W14',
    });
    expect(w15.body.total.workers).toBe(5);
    expect((await overview('periodKind=week&period=2030-W14')).body.total.workers).toBe(0);
  });

  it('refuses bad filters with a 4xx naming the field, and everyone but an admin', async () => {
    const badWeek = await overview('periodKind=week&period=2030-W60');
    expect(badWeek.status).toBe(400);
    expect(badWeek.body.error.details[0].field).toBe('period');
    const badTrade = await overview('periodKind=month&period=2030-03&trade=astronaut');
    expect(badTrade.status).toBe(400);
    expect(badTrade.body.error.details[0].field).toBe('trade');
    expect((await overview('district=上海')).status).toBe(400);
    const worker = await api.signIn('worker');
    expect((await overview('periodKind=month', worker.token)).status).toBe(403);
    expect(
      (await api.get('/api/v1/admin/statistics/export.csv', { token: worker.token })).status,
    ).toBe(403);
  });
});
