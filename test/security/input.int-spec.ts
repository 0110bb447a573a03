import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMarket } from '../markets/market-factory';
import {
  CENTRE,
  employerWithProfile,
  isoAfter,
  postShift,
  shiftBody,
  workerWithProfile,
} from '../listings/listings-factory';
import { registrationBody } from '../registration/registration-factory';
import { postBody as sharingBody } from '../staff-sharing/staff-sharing-factory';
import { GRAB_BODY } from '../support/grab-body';
import { startApi, TestApi } from '../support/test-api';

// 10:00 in Shanghai: the API's clock stands here, so the shifts below are always in the future.
const NOW = new Date('2030-03-11T02:00:00Z');
const PRESENCE = '/api/v1/workers/me/presence';

/** The contract's error shape, with the code the test expects. */
function expectError(res: { status: number; body: any }, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.body).toEqual({
    error: { code, message: expect.any(String), details: expect.any(Array) },
  });
}

describe('bad input answers a clear 4xx in the contract shape and changes nothing', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
  });
  afterAll(() => api.close());

  describe('JSON types are taken as they are (no implicit conversion of bodies)', () => {
    it('"online":"false" is refused and leaves the worker offline', async () => {
      const worker = await workerWithProfile(api);
      const res = await api.post(
        PRESENCE,
        { online: 'false', location: CENTRE },
        { token: worker.token },
      );
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(res.body.error.details.map((d: any) => d.field)).toEqual(['online']);
      expect(await api.redis.exists(`presence:hb:${worker.id}`)).toBe(0);
      expect(await api.redis.zscore('presence:geo', worker.id)).toBeNull();
    });

    it('"autoConfirm":"false" and a numeric string headcount are refused; no shift is saved', async () => {
      const employer = await employerWithProfile(api);
      const before = await api.count('shifts');
      const res = await api.post(
        '/api/v1/shifts',
        shiftBody(NOW, { autoConfirm: 'false', headcount: '3' }),
        { token: employer.token },
      );
      expectError(res, 400, 'VALIDATION_FAILED');
      expect([...new Set(res.body.error.details.map((d: any) => d.field))].sort()).toEqual([
        'autoConfirm',
        'headcount',
      ]);
      expect(await api.count('shifts')).toBe(before);
    });

    it('PATCH /markets/:id with an object for trades and a number for name answers 400; the market keeps its trades', async () => {
      const admin = await api.signIn('admin');
      const market = await createMarket(api, admin.token, { trades: ['mover', 'loader'] });
      const res = await api.patch(
        `/api/v1/markets/${market.id}`,
        { trades: { a: 1 }, name: 12345 },
        { token: admin.token },
      );
      expectError(res, 400, 'VALIDATION_FAILED');
      const fields = res.body.error.details.map((d: any) => d.field);
      expect(fields).toEqual(expect.arrayContaining(['trades', 'name']));
      const after = await api.get(`/api/v1/markets/${market.id}`);
      expect(after.body.trades).toEqual(['mover', 'loader']);
      expect(after.body.name).toBe(market.name);
    });

    it('query strings still convert explicitly: limit, radiusKm and openNow are read from text', async () => {
      const ok = await api.get(
        '/api/v1/markets?limit=5&near=38.914,121.614&radiusKm=2.5&openNow=false',
      );
      expect(ok.status).toBe(200);
      const badBoolean = await api.get('/api/v1/markets?openNow=yes');
      expectError(badBoolean, 400, 'VALIDATION_FAILED');
      expect(badBoolean.body.error.details[0].field).toBe('openNow');
      const badNumber = await api.get('/api/v1/shifts?limit=ten');
      expectError(badNumber, 400, 'VALIDATION_FAILED');
      expect(badNumber.body.error.details[0].field).toBe('limit');
    });
  });

  describe('hostile strings and shapes', () => {
    it('a null byte in a public query answers 400 naming the field', async () => {
      const res = await api.get('/api/v1/shifts?trade=%00');
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(res.body.error.details).toEqual([{ field: 'trade', message: expect.any(String) }]);
    });

    it('a null byte in a body answers 400 and writes nothing; in a path parameter too', async () => {
      const employer = await employerWithProfile(api);
      const before = await api.count('shifts');
      const res = await api.post('/api/v1/shifts', shiftBody(NOW, { title: '装卸\u0000工' }), {
        token: employer.token,
      });
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(res.body.error.details[0].field).toBe('title');
      expect(await api.count('shifts')).toBe(before);
      const inPath = await api.get('/api/v1/shifts/abc%00def');
      expectError(inPath, 400, 'VALIDATION_FAILED');
    });

    it('JSON nested 4,000 levels deep answers 400, not 500', async () => {
      const employer = await employerWithProfile(api);
      const deep = '{"title":'.repeat(4000) + '1' + '}'.repeat(4000);
      const res = await api.app.inject({
        method: 'POST',
        url: '/api/v1/shifts',
        headers: { authorization: `Bearer ${employer.token}`, 'content-type': 'application/json' },
        payload: deep,
      });
      expectError({ status: res.statusCode, body: res.json() }, 400, 'VALIDATION_FAILED');
    });

    it.each([
      ['flexible_registrations', 'worker', 'trades', registrationBody({ trades: null })],
      [
        'staff_sharing_posts',
        'employer',
        'note',
        sharingBody({ note: null, startsOn: '2030-03-12', endsOn: '2030-03-20' }),
      ],
      ['shifts', 'employer', 'requirements', shiftBody(NOW, { requirements: null })],
    ] as const)(
      'null for an optional field answers 400 naming it and writes nothing (%s.%s)',
      async (table, role, field, body) => {
        const user =
          role === 'worker' ? await workerWithProfile(api) : await employerWithProfile(api);
        const url = {
          flexible_registrations: '/api/v1/registrations',
          staff_sharing_posts: '/api/v1/staff-sharing/offers',
          shifts: '/api/v1/shifts',
        }[table];
        const before = await api.count(table);
        const res = await api.post(url, body, { token: user.token });
        expectError(res, 400, 'VALIDATION_FAILED');
        expect(res.body.error.details).toEqual([{ field, message: expect.any(String) }]);
        expect(await api.count(table)).toBe(before);
      },
    );

    it('null stays a value where the contract says nullable: PATCH contactPhone null clears it', async () => {
      const admin = await api.signIn('admin');
      const market = await createMarket(api, admin.token, { contactPhone: '0411-87654321' });
      const res = await api.patch(
        `/api/v1/markets/${market.id}`,
        { contactPhone: null },
        { token: admin.token },
      );
      expect(res.status).toBe(200);
      expect(res.body.contactPhone).toBeNull();
    });

    it('a body over 1 MB answers 413 PAYLOAD_TOO_LARGE', async () => {
      const employer = await employerWithProfile(api);
      const res = await api.post(
        '/api/v1/shifts',
        shiftBody(NOW, { description: 'x'.repeat(1_100_000) }),
        { token: employer.token },
      );
      expectError(res, 413, 'PAYLOAD_TOO_LARGE');
    });

    it('a body that is not JSON answers 415 or 400 in the contract shape', async () => {
      const employer = await employerWithProfile(api);
      const form = await api.app.inject({
        method: 'POST',
        url: '/api/v1/shifts',
        headers: {
          authorization: `Bearer ${employer.token}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: 'title=x',
      });
      expectError({ status: form.statusCode, body: form.json() }, 415, 'UNSUPPORTED_MEDIA_TYPE');
      const broken = await api.app.inject({
        method: 'POST',
        url: '/api/v1/shifts',
        headers: { authorization: `Bearer ${employer.token}`, 'content-type': 'application/json' },
        payload: '{"title":',
      });
      expectError({ status: broken.statusCode, body: broken.json() }, 400, 'VALIDATION_FAILED');
    });
  });

  describe("Fastify's own refusals", () => {
    it('bad percent-encoding answers 400 in the contract shape', async () => {
      const res = await api.get('/api/v1/shifts/%E0%A4%A');
      expectError(res, 400, 'VALIDATION_FAILED');
    });

    it('a path parameter too long to be an id answers 414 URI_TOO_LONG', async () => {
      const res = await api.get(`/api/v1/shifts/${'a'.repeat(500)}`);
      expectError(res, 414, 'URI_TOO_LONG');
    });

    it('an unknown route answers 404 NOT_FOUND', async () => {
      expectError(await api.get('/api/v1/no-such-thing'), 404, 'NOT_FOUND');
    });

    it('headers over the server limit answer 431 HEADERS_TOO_LARGE over a real socket', async () => {
      await api.app.listen(0, '127.0.0.1');
      const { port } = api.app.getHttpServer().address() as AddressInfo;
      const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            path: '/api/v1/trades',
            headers: { 'x-big': 'a'.repeat(40_000) },
          },
          (response) => {
            let body = '';
            response.on('data', (chunk: Buffer) => (body += chunk.toString()));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        req.end();
      });
      expectError({ status: res.status, body: JSON.parse(res.body) }, 431, 'HEADERS_TOO_LARGE');
    });
  });

  describe('an empty JSON body is no body', () => {
    it('POST /shifts/:id/grab with content-type application/json and nothing else takes the seat', async () => {
      const employer = await employerWithProfile(api);
      const shift = await postShift(api, employer.token, shiftBody(NOW, { headcount: 1 }));
      const worker = await workerWithProfile(api);
      // The 抢单承诺 is agreed once, on an earlier grab of a later shift; after that a
      // grab needs no body at all.
      const earlier = await postShift(
        api,
        employer.token,
        shiftBody(NOW, { headcount: 1, startsAt: isoAfter(NOW, 30), endsAt: isoAfter(NOW, 32) }),
      );
      const first = await api.post(`/api/v1/shifts/${earlier.id}/grab`, GRAB_BODY, {
        token: worker.token,
      });
      expect(first.status).toBe(201);
      const res = await api.app.inject({
        method: 'POST',
        url: `/api/v1/shifts/${shift.id}/grab`,
        headers: { authorization: `Bearer ${worker.token}`, 'content-type': 'application/json' },
        payload: '',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ shiftId: shift.id, workerId: worker.id });
    });

    it('an empty body where fields are required names them (400), as {} would', async () => {
      const employer = await employerWithProfile(api);
      const res = await api.app.inject({
        method: 'POST',
        url: '/api/v1/shifts',
        headers: { authorization: `Bearer ${employer.token}`, 'content-type': 'application/json' },
        payload: '',
      });
      const body = res.json();
      expectError({ status: res.statusCode, body }, 400, 'VALIDATION_FAILED');
      expect(body.error.details.map((d: any) => d.field)).toContain('title');
    });
  });
});
