import { PresenceService } from '@app/matching';
import { startApi, TestApi } from '../support/test-api';
import { createMarket, marketBody } from '../markets/market-factory';
import {
  CENTRE,
  employerWithProfile,
  shiftBody,
  workerProfileBody,
  workerWithProfile,
} from './listings-factory';

/** 金州区's old town: inside the city, far outside 西岗区. */
const JINZHOU = { lat: 39.0927, lng: 121.7162 };
const XIGANG = {
  lat: 38.9152,
  lng: 121.6121,
  address: '大连市西岗区北京街 38 号',
  district: '西岗区',
};
const PRESENCE = '/api/v1/workers/me/presence';

const fields = (res: { body: any }) => res.body.error.details.map((d: any) => d.field);

describe('locations and certificates are checked on the way in', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  async function shiftCount(employerId: string): Promise<number> {
    const [{ n }] = await api.db.query(
      `SELECT count(*)::int AS n FROM shifts WHERE employer_id = $1`,
      [employerId],
    );
    return n;
  }

  describe('POST /shifts', () => {
    it('refuses (0,0) labelled 西岗区 as outside the service area, and writes nothing', async () => {
      const employer = await employerWithProfile(api);
      const res = await api.post(
        '/api/v1/shifts',
        shiftBody(new Date(), { location: { ...XIGANG, lat: 0, lng: 0 } }),
        { token: employer.token },
      );
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.details).toEqual([
        { field: 'location', message: expect.stringContaining('服务区域') },
      ]);
      expect(await shiftCount(employer.id)).toBe(0);
    });

    it('refuses a point in 金州区 labelled 西岗区, naming location.district', async () => {
      const employer = await employerWithProfile(api);
      const res = await api.post(
        '/api/v1/shifts',
        shiftBody(new Date(), { location: { ...XIGANG, ...JINZHOU } }),
        { token: employer.token },
      );
      expect(res.status).toBe(400);
      expect(fields(res)).toEqual(['location.district']);
      expect(await shiftCount(employer.id)).toBe(0);
    });

    it.each([
      ['NaN', { lat: 'NaN', lng: 121.6121 }],
      ['words', { lat: '北纬38度', lng: '东经121度' }],
      ['null', { lat: null, lng: 121.6121 }],
      ['an object', { lat: { $gt: 0 }, lng: 121.6121 }],
    ])('refuses coordinates given as %s', async (_what, coordinates) => {
      const employer = await employerWithProfile(api);
      const res = await api.post(
        '/api/v1/shifts',
        shiftBody(new Date(), { location: { ...XIGANG, ...coordinates } }),
        { token: employer.token },
      );
      expect(res.status).toBe(400);
      expect(fields(res)).toContain('location');
      expect(await shiftCount(employer.id)).toBe(0);
    });

    it('takes a point in the district it names (201)', async () => {
      const employer = await employerWithProfile(api);
      const res = await api.post('/api/v1/shifts', shiftBody(new Date(), { location: XIGANG }), {
        token: employer.token,
      });
      expect(res.status).toBe(201);
      expect(res.body.location).toMatchObject({ lat: XIGANG.lat, district: '西岗区' });
    });

    it('refuses unknown certificate codes, naming each one, and takes catalogue ones', async () => {
      const employer = await employerWithProfile(api);
      const res = await api.post(
        '/api/v1/shifts',
        shiftBody(new Date(), {
          requirements: { certificates: ['health_cert', 'pilot_license', 'forklift'] },
        }),
        { token: employer.token },
      );
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('UNKNOWN_CERTIFICATE');
      expect(res.body.error.details).toEqual([
        {
          field: 'requirements.certificates[1]',
          message: expect.stringContaining('pilot_license'),
        },
        { field: 'requirements.certificates[2]', message: expect.stringContaining('forklift') },
      ]);
      expect(await shiftCount(employer.id)).toBe(0);

      const ok = await api.post(
        '/api/v1/shifts',
        shiftBody(new Date(), { requirements: { certificates: ['forklift_license'] } }),
        { token: employer.token },
      );
      expect(ok.status).toBe(201);
      expect(ok.body.requirements.certificates).toEqual(['forklift_license']);
    });
  });

  describe('presence', () => {
    it('refuses latitude -1 and (0,0), and keeps the worker offline', async () => {
      const worker = await workerWithProfile(api);
      for (const location of [
        { lat: -1, lng: CENTRE.lng },
        { lat: 0, lng: 0 },
      ]) {
        const res = await api.post(PRESENCE, { online: true, location }, { token: worker.token });
        expect(res.status).toBe(400);
        expect(fields(res)).toEqual(['location']);
      }
      expect(await api.app.get(PresenceService).expiresAt(worker.id)).toBeNull();
    });

    it('takes a point in the city', async () => {
      const worker = await workerWithProfile(api);
      const res = await api.post(
        PRESENCE,
        { online: true, location: CENTRE },
        { token: worker.token },
      );
      expect(res.status).toBe(200);
      expect(res.body.online).toBe(true);
      expect(await api.app.get(PresenceService).expiresAt(worker.id)).not.toBeNull();
    });
  });

  describe('check-in by location', () => {
    it.each([
      ['words', { lat: '北纬38度', lng: 121.6 }],
      ['a missing longitude', { lat: 38.9 }],
      ['a latitude past the pole', { lat: 91, lng: 121.6 }],
    ])('refuses %s with 400 before looking for the seat', async (_what, location) => {
      const worker = await workerWithProfile(api);
      const res = await api.post(
        '/api/v1/assignments/00000000-0000-4000-8000-000000000000/check-in',
        { location },
        { token: worker.token },
      );
      expect(res.status).toBe(400);
      expect(fields(res).some((f: string) => f.startsWith('location'))).toBe(true);
    });
  });

  describe('PUT /workers/me', () => {
    it('refuses a home outside the city and a home outside the district it names', async () => {
      const worker = await api.signIn('worker');
      const outside = await api.put(
        '/api/v1/workers/me',
        workerProfileBody({ homeLocation: { lat: 31.22, lng: 121.47 } }),
        { token: worker.token },
      );
      expect(outside.status).toBe(400);
      expect(fields(outside)).toEqual(['homeLocation']);
      const elsewhere = await api.put(
        '/api/v1/workers/me',
        workerProfileBody({ homeDistrict: '西岗区', homeLocation: JINZHOU }),
        { token: worker.token },
      );
      expect(elsewhere.status).toBe(400);
      expect(fields(elsewhere)).toEqual(['homeDistrict']);
      expect((await api.get('/api/v1/workers/me', { token: worker.token })).status).toBe(404);
    });

    it('refuses an unknown certificate, naming it, and writes nothing', async () => {
      const worker = await api.signIn('worker');
      const res = await api.put(
        '/api/v1/workers/me',
        workerProfileBody({ certificates: ['health_cert', 'electrician'] }),
        { token: worker.token },
      );
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('UNKNOWN_CERTIFICATE');
      expect(res.body.error.details).toEqual([
        { field: 'certificates[1]', message: expect.stringContaining('electrician') },
      ]);
      expect((await api.get('/api/v1/workers/me', { token: worker.token })).status).toBe(404);
    });
  });

  describe('markets', () => {
    it('refuses a market outside its district, on create and on a PATCH of either half', async () => {
      const admin = await api.signIn('admin');
      const bad = await api.post(
        '/api/v1/markets',
        marketBody({ district: '西岗区', location: JINZHOU }),
        { token: admin.token },
      );
      expect(bad.status).toBe(400);
      expect(fields(bad)).toEqual(['district']);

      const market = await createMarket(api, admin.token, {
        district: '西岗区',
        location: { lat: XIGANG.lat, lng: XIGANG.lng },
      });
      const move = await api.patch(
        `/api/v1/markets/${market.id}`,
        { location: JINZHOU },
        { token: admin.token },
      );
      expect(move.status).toBe(400);
      expect(fields(move)).toEqual(['district']);
      const rename = await api.patch(
        `/api/v1/markets/${market.id}`,
        { district: '庄河市' },
        { token: admin.token },
      );
      expect(rename.status).toBe(400);
      const both = await api.patch(
        `/api/v1/markets/${market.id}`,
        { district: '金州区', location: JINZHOU },
        { token: admin.token },
      );
      expect(both.status).toBe(200);
      expect(both.body).toMatchObject({ district: '金州区', location: JINZHOU });
      const far = await api.patch(
        `/api/v1/markets/${market.id}`,
        { location: { lat: 0, lng: 0 } },
        { token: admin.token },
      );
      expect(far.status).toBe(400);
      expect(fields(far)).toEqual(['location']);
    });
  });

  describe('worker posts', () => {
    it('refuses an area outside the district it names', async () => {
      const worker = await workerWithProfile(api);
      const res = await api.post(
        '/api/v1/worker-posts',
        {
          title: '熟练装卸工',
          tradeCodes: ['loader'],
          area: { ...JINZHOU, district: '西岗区' },
          availableFrom: '2030-03-10T00:00:00+08:00',
          availableTo: '2030-03-20T00:00:00+08:00',
        },
        { token: worker.token },
      );
      expect(res.status).toBe(400);
      expect(fields(res)).toEqual(['area.district']);
    });
  });

  describe('GET /certificates', () => {
    it('lists the catalogue publicly, in Chinese and English', async () => {
      const res = await api.get('/api/v1/certificates');
      expect(res.status).toBe(200);
      expect(res.body).toEqual(
        expect.arrayContaining([
          { code: 'health_cert', nameZh: '健康证', nameEn: 'Health certificate' },
          expect.objectContaining({ code: 'electrician_license' }),
          expect.objectContaining({ code: 'driver_license', nameZh: '驾驶证 C1' }),
        ]),
      );
    });
  });

  describe('searches near a point outside the service area', () => {
    it('answer an empty list rather than an error', async () => {
      const res = await api.get('/api/v1/shifts?near=0,0&radiusKm=10');
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([]);
    });
  });
});
