import { Clock, FixedClock } from '@app/common';
import { createMarket } from '../markets/market-factory';
import { startApi, TestApi } from '../support/test-api';
import {
  employerWithProfile,
  HOUR,
  isoAfter,
  PHONE_LIKE,
  scannable,
  postShift,
  shiftBody,
  workerWithProfile,
} from './listings-factory';

// 10:00 in Shanghai. The API's clock stands here, so "today" never depends on when the tests run.
const NOW = new Date('2030-03-11T02:00:00Z');

describe('posting and managing shifts', () => {
  let api: TestApi;
  let clock: FixedClock;
  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
    clock = api.app.get(Clock) as FixedClock;
  });
  afterEach(() => clock.set(NOW));
  afterAll(() => api.close());

  describe('POST /shifts', () => {
    it('answers 201 with the shift: the body plus id, status open, filled 0, employerId, createdAt', async () => {
      const employer = await employerWithProfile(api);
      const body = shiftBody(NOW, { instant: true, autoConfirm: true, headcount: 4 });
      const res = await api.post('/api/v1/shifts', body, { token: employer.token });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        status: 'open',
        filled: 0,
        headcount: 4,
        seatsLeft: 4,
        employerId: employer.id,
        title: body.title,
        tradeCode: 'loader',
        location: body.location,
        pay: { unit: 'hour', amountFen: 3000 },
        requirements: { certificates: [], minCredit: 0 },
        instant: true,
        autoConfirm: true,
        marketId: null,
      });
      expect(new Date(res.body.startsAt).getTime()).toBe(new Date(body.startsAt).getTime());
      expect(res.body.startsAt).toMatch(/\+08:00$/);
      expect(res.body.createdAt).toMatch(/\+08:00$/);
      const fetched = await api.get(`/api/v1/shifts/${res.body.id}`);
      expect(fetched.body).toEqual(res.body);
    });

    it('is 403 FORBIDDEN for a worker and 401 without a token', async () => {
      const worker = await workerWithProfile(api);
      const before = await api.count('shifts');
      const res = await api.post('/api/v1/shifts', shiftBody(NOW), { token: worker.token });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
      expect((await api.post('/api/v1/shifts', shiftBody(NOW))).status).toBe(401);
      expect(await api.count('shifts')).toBe(before);
    });

    it('is 409 PROFILE_REQUIRED for an employer without a profile', async () => {
      const employer = await api.signIn('employer');
      const before = await api.count('shifts');
      const res = await api.post('/api/v1/shifts', shiftBody(NOW), { token: employer.token });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('PROFILE_REQUIRED');
      expect(await api.count('shifts')).toBe(before);
    });

    it.each([
      ['an unknown field', { salaryCash: true }, 'UNKNOWN_FIELD', 'salaryCash'],
      [
        'an unknown nested field',
        { pay: { unit: 'hour', amountFen: 3000, tip: 1 } },
        'UNKNOWN_FIELD',
        'pay.tip',
      ],
      [
        'a latitude out of range',
        { location: { lat: 91, lng: 121.6, address: '某处', district: '中山区' } },
        'VALIDATION_FAILED',
        'location.lat',
      ],
      [
        'a district outside the city',
        { location: { lat: 38.9, lng: 121.6, address: '某处', district: '朝阳区' } },
        'VALIDATION_FAILED',
        'location.district',
      ],
      ['an unknown trade', { tradeCode: 'astronaut' }, 'UNKNOWN_TRADE', 'tradeCode'],
      ['zero pay', { pay: { unit: 'hour', amountFen: 0 } }, 'VALIDATION_FAILED', 'pay.amountFen'],
      ['a headcount of 0', { headcount: 0 }, 'VALIDATION_FAILED', 'headcount'],
      [
        'a time without offset',
        { startsAt: '2030-03-11T14:00:00' },
        'VALIDATION_FAILED',
        'startsAt',
      ],
      ['an end equal to the start', { endsAt: isoAfter(NOW, 2) }, 'INVALID_TIME_WINDOW', 'endsAt'],
      ['an end before the start', { endsAt: isoAfter(NOW, 1) }, 'INVALID_TIME_WINDOW', 'endsAt'],
      [
        'a shift longer than 24 hours',
        { endsAt: isoAfter(NOW, 27) },
        'INVALID_TIME_WINDOW',
        'endsAt',
      ],
      [
        'a start in the past',
        { startsAt: isoAfter(NOW, -1), endsAt: isoAfter(NOW, 3) },
        'INVALID_TIME_WINDOW',
        'startsAt',
      ],
    ])('refuses %s with 400 %s naming %s and writes nothing', async (_, override, code, field) => {
      const employer = await employerWithProfile(api);
      const before = await api.count('shifts');
      const res = await api.post('/api/v1/shifts', shiftBody(NOW, override), {
        token: employer.token,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.details.map((d: any) => d.field)).toContain(field);
      expect(await api.count('shifts')).toBe(before);
    });

    it('takes a start a few minutes in the past as clock skew', async () => {
      const employer = await employerWithProfile(api);
      const res = await api.post(
        '/api/v1/shifts',
        shiftBody(NOW, { startsAt: isoAfter(NOW, -3 / 60), endsAt: isoAfter(NOW, 2) }),
        { token: employer.token },
      );
      expect(res.status).toBe(201);
    });

    it('takes an instant shift posted at 23:30 that starts after midnight, and refuses one past the 12-hour window', async () => {
      const employer = await employerWithProfile(api);
      clock.set('2030-03-11T23:30:00+08:00'); // 15:30 UTC
      const afterMidnight = shiftBody(clock.now(), {
        instant: true,
        startsAt: '2030-03-12T01:00:00+08:00',
        endsAt: '2030-03-12T05:00:00+08:00',
      });
      const tooLate = shiftBody(clock.now(), {
        instant: true,
        startsAt: '2030-03-12T12:00:00+08:00',
        endsAt: '2030-03-12T16:00:00+08:00',
      });
      const ok = await api.post('/api/v1/shifts', afterMidnight, { token: employer.token });
      expect(ok.status).toBe(201);
      expect(ok.body.instant).toBe(true);
      const refused = await api.post('/api/v1/shifts', tooLate, {
        token: employer.token,
        headers: { 'accept-language': 'en' },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatchObject({
        code: 'INVALID_TIME_WINDOW',
        message: expect.stringContaining('instant shift must start within 12 hours'),
        details: [{ field: 'startsAt', message: expect.any(String) }],
      });
      const notInstant = await api.post(
        '/api/v1/shifts',
        { ...tooLate, instant: false },
        { token: employer.token },
      );
      expect(notInstant.status).toBe(201);
    });

    it('creates one shift for two requests with the same Idempotency-Key', async () => {
      const employer = await employerWithProfile(api);
      const before = await api.count('shifts');
      const body = shiftBody(NOW);
      const headers = { 'idempotency-key': 'post-shift-0001' };
      const first = await api.post('/api/v1/shifts', body, { token: employer.token, headers });
      const retry = await api.post('/api/v1/shifts', body, { token: employer.token, headers });
      expect([first.status, retry.status]).toEqual([201, 201]);
      expect(retry.body.id).toBe(first.body.id);
      expect(await api.count('shifts')).toBe(before + 1);
    });

    it('puts a shift on a listed market’s board, and refuses a market that is unknown or suspended', async () => {
      const employer = await employerWithProfile(api);
      const admin = await api.signIn('admin');
      const market = await createMarket(api, admin.token);
      const listed = await api.post('/api/v1/shifts', shiftBody(NOW, { marketId: market.id }), {
        token: employer.token,
      });
      expect(listed.status).toBe(201);
      expect(listed.body.marketId).toBe(market.id);

      await api.patch(
        `/api/v1/markets/${market.id}`,
        { status: 'suspended' },
        { token: admin.token },
      );
      const before = await api.count('shifts');
      for (const marketId of [market.id, '00000000-0000-4000-8000-000000000000']) {
        const res = await api.post('/api/v1/shifts', shiftBody(NOW, { marketId }), {
          token: employer.token,
        });
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe('INVALID_REFERENCE');
        expect(res.body.error.details[0].field).toBe('marketId');
      }
      expect(await api.count('shifts')).toBe(before);
    });
  });

  describe('GET /shifts/:id', () => {
    it('is 404 NOT_FOUND for a missing id and for something that is not a uuid', async () => {
      for (const id of ['6f1c8a52-8a7e-4c1e-9c55-3a8f0b7d2e11', 'not-a-uuid', '1']) {
        const res = await api.get(`/api/v1/shifts/${id}`);
        expect([id, res.status, res.body.error.code]).toEqual([id, 404, 'NOT_FOUND']);
      }
    });

    it('shows the employer name but no phone, even one typed into the description', async () => {
      const employer = await employerWithProfile(api, { name: '星海装卸队' });
      const shift = await postShift(
        api,
        employer.token,
        shiftBody(NOW, { description: '有意者请电话联系 13812345678 王经理' }),
      );
      const res = await api.get(`/api/v1/shifts/${shift.id}`);
      expect(res.body.employer).toEqual({ name: '星海装卸队', kind: 'business' });
      expect(res.body.description).toContain('138****5678');
      expect(scannable(res.body)).not.toMatch(PHONE_LIKE);
      expect(JSON.stringify(res.body)).not.toContain(employer.phone);
    });

    it('masks the name of an individual employer', async () => {
      const employer = await employerWithProfile(api, {
        name: '刘桂芳',
        kind: 'individual',
        creditCode: undefined,
      });
      const shift = await postShift(api, employer.token, shiftBody(NOW));
      expect(shift.employer).toEqual({ name: '刘**', kind: 'individual' });
    });
  });

  it('keeps start times to the millisecond', async () => {
    const employer = await employerWithProfile(api);
    const startsAt = new Date(NOW.getTime() + 5 * HOUR + 123);
    const shift = await postShift(
      api,
      employer.token,
      shiftBody(NOW, { startsAt: startsAt.toISOString(), endsAt: isoAfter(NOW, 8) }),
    );
    expect(new Date(shift.startsAt).getTime()).toBe(startsAt.getTime());
  });
});
