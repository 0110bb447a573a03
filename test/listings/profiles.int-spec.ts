import { startApi, TestApi } from '../support/test-api';
import { employerProfileBody, workerProfileBody } from './listings-factory';

describe('worker and employer profiles', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  describe('PUT /workers/me', () => {
    it('writes the profile and gives it back to its owner, exact home location included', async () => {
      const worker = await api.signIn('worker');
      const put = await api.put('/api/v1/workers/me', workerProfileBody(), { token: worker.token });
      expect(put.status).toBe(200);
      const got = await api.get('/api/v1/workers/me', { token: worker.token });
      expect(got.status).toBe(200);
      expect(got.body).toMatchObject({
        userId: worker.id,
        name: '张三丰',
        trades: [
          { code: 'loader', level: 4 },
          { code: 'mover', level: 2 },
        ],
        certificates: ['health_cert'],
        homeDistrict: '甘井子区',
        homeLocation: { lat: 38.951234, lng: 121.567891 },
        maxTravelKm: 15,
        minPay: { unit: 'hour', amountFen: 2500 },
        availability: [{ weekday: 1, from: '07:00', to: '12:00' }],
      });
      expect(got.body.updatedAt).toMatch(/\+08:00$/);
    });

    it('replaces the trades on a second PUT instead of adding to them', async () => {
      const worker = await api.signIn('worker');
      await api.put('/api/v1/workers/me', workerProfileBody(), { token: worker.token });
      const again = await api.put(
        '/api/v1/workers/me',
        workerProfileBody({ trades: [{ code: 'cook', level: 5 }], availability: [] }),
        { token: worker.token },
      );
      expect(again.status).toBe(200);
      expect(again.body.trades).toEqual([{ code: 'cook', level: 5 }]);
      expect(again.body.availability).toEqual([]);
      const [{ n }] = await api.db.query(
        `SELECT count(*)::int AS n FROM worker_trades WHERE user_id = $1`,
        [worker.id],
      );
      expect(n).toBe(1);
    });

    it('is 404 for GET before any profile exists, and 403 for an employer', async () => {
      const worker = await api.signIn('worker');
      const missing = await api.get('/api/v1/workers/me', { token: worker.token });
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe('NOT_FOUND');
      const employer = await api.signIn('employer');
      const res = await api.put('/api/v1/workers/me', workerProfileBody(), {
        token: employer.token,
      });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    });

    it('refuses an unknown second trade, naming trades[1].code, and writes nothing', async () => {
      const worker = await api.signIn('worker');
      const before = [await api.count('worker_profiles'), await api.count('worker_trades')];
      const res = await api.put(
        '/api/v1/workers/me',
        workerProfileBody({
          trades: [
            { code: 'loader', level: 3 },
            { code: 'astronaut', level: 3 },
          ],
        }),
        { token: worker.token },
      );
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('UNKNOWN_TRADE');
      expect(res.body.error.details).toEqual([
        { field: 'trades[1].code', message: expect.stringContaining('astronaut') },
      ]);
      expect([await api.count('worker_profiles'), await api.count('worker_trades')]).toEqual(
        before,
      );
    });

    it('rolls back the profile when writing a trade row fails after the profile was written', async () => {
      // A trigger in this test's own database makes the database itself refuse one
      // trade row, after the profile row of the same request has been written.
      await api.db.query(`
        CREATE FUNCTION refuse_waiter() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.trade_code = 'waiter' THEN
            RAISE EXCEPTION 'refused for the test' USING ERRCODE = 'check_violation';
          END IF;
          RETURN NEW;
        END $$`);
      await api.db.query(`CREATE TRIGGER refuse_waiter BEFORE INSERT ON worker_trades
                          FOR EACH ROW EXECUTE FUNCTION refuse_waiter()`);
      try {
        const fresh = await api.signIn('worker');
        const existing = await api.signIn('worker');
        await api.put('/api/v1/workers/me', workerProfileBody({ name: '李四' }), {
          token: existing.token,
        });
        const before = [await api.count('worker_profiles'), await api.count('worker_trades')];
        const failing = workerProfileBody({
          name: '王五',
          trades: [
            { code: 'cook', level: 3 },
            { code: 'waiter', level: 3 },
          ],
        });

        const first = await api.put('/api/v1/workers/me', failing, { token: fresh.token });
        const update = await api.put('/api/v1/workers/me', failing, { token: existing.token });

        expect([first.status, update.status]).toEqual([400, 400]);
        expect([await api.count('worker_profiles'), await api.count('worker_trades')]).toEqual(
          before,
        );
        const kept = await api.get('/api/v1/workers/me', { token: existing.token });
        expect(kept.body.name).toBe('李四');
        expect(kept.body.trades.map((t: any) => t.code)).toEqual(['loader', 'mover']);
      } finally {
        await api.db.query(`DROP TRIGGER refuse_waiter ON worker_trades`);
        await api.db.query(`DROP FUNCTION refuse_waiter()`);
      }
    });

    it.each([
      [{ weekday: 8, from: '07:00', to: '12:00' }, 'availability[0].weekday'],
      [{ weekday: 1, from: '7:00', to: '12:00' }, 'availability[0].from'],
      [{ weekday: 5, from: '22:00', to: '06:00' }, 'availability[0].to'],
    ])('refuses availability %j naming %s', async (slot, field) => {
      const worker = await api.signIn('worker');
      const res = await api.put('/api/v1/workers/me', workerProfileBody({ availability: [slot] }), {
        token: worker.token,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.details.map((d: any) => d.field)).toContain(field);
    });

    it('refuses a home district outside the city, naming homeDistrict', async () => {
      const worker = await api.signIn('worker');
      const res = await api.put(
        '/api/v1/workers/me',
        workerProfileBody({ homeDistrict: '朝阳区' }),
        {
          token: worker.token,
        },
      );
      expect(res.status).toBe(400);
      expect(res.body.error.details.map((d: any) => d.field)).toEqual(['homeDistrict']);
    });

    it('accepts a night across midnight written as two slots', async () => {
      const worker = await api.signIn('worker');
      const availability = [
        { weekday: 5, from: '22:00', to: '24:00' },
        { weekday: 6, from: '00:00', to: '06:00' },
      ];
      const res = await api.put('/api/v1/workers/me', workerProfileBody({ availability }), {
        token: worker.token,
      });
      expect(res.status).toBe(200);
      expect(res.body.availability).toEqual(availability);
    });

    it('refuses a level outside 1–5, a repeated trade and unknown fields, naming each', async () => {
      const worker = await api.signIn('worker');
      const level = await api.put(
        '/api/v1/workers/me',
        workerProfileBody({ trades: [{ code: 'loader', level: 6 }] }),
        { token: worker.token },
      );
      expect(level.status).toBe(400);
      expect(level.body.error.details.map((d: any) => d.field)).toContain('trades[0].level');

      const twice = await api.put(
        '/api/v1/workers/me',
        workerProfileBody({
          trades: [
            { code: 'loader', level: 3 },
            { code: 'loader', level: 4 },
          ],
        }),
        { token: worker.token },
      );
      expect(twice.status).toBe(400);
      expect(twice.body.error.details.map((d: any) => d.field)).toEqual(['trades[1].code']);

      const unknown = await api.put(
        '/api/v1/workers/me',
        workerProfileBody({ idCardNumber: '210202199001011234' }),
        { token: worker.token },
      );
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.code).toBe('UNKNOWN_FIELD');
      expect(unknown.body.error.details[0].field).toBe('idCardNumber');
      expect(await api.count(`worker_profiles WHERE user_id = '${worker.id}'`)).toBe(0);
    });
  });

  describe('PUT /employers/me', () => {
    it('writes the profile and gives it back to its owner, contact phone included', async () => {
      const employer = await api.signIn('employer');
      const put = await api.put(
        '/api/v1/employers/me',
        employerProfileBody({ name: '星海装卸队', creditCode: '9135 0100 m000 100y 43' }),
        { token: employer.token },
      );
      expect(put.status).toBe(200);
      const got = await api.get('/api/v1/employers/me', { token: employer.token });
      expect(got.body).toMatchObject({
        userId: employer.id,
        name: '星海装卸队',
        kind: 'business',
        creditCode: '91350100M000100Y43',
        contactName: '王经理',
        contactPhone: '13912345678',
      });
    });

    it('accepts an individual without a credit code', async () => {
      const employer = await api.signIn('employer');
      const res = await api.put(
        '/api/v1/employers/me',
        { name: '刘大姐', kind: 'individual', contactName: '刘大姐' },
        { token: employer.token },
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ kind: 'individual', creditCode: null, contactPhone: null });
    });

    it('refuses a credit code with a wrong check character, a bad kind and a bad phone', async () => {
      const employer = await api.signIn('employer');
      const cases: [Record<string, unknown>, string][] = [
        [{ creditCode: '91350100M000100Y44' }, 'creditCode'],
        [{ kind: 'government' }, 'kind'],
        [{ contactPhone: '12345' }, 'contactPhone'],
      ];
      for (const [override, field] of cases) {
        const res = await api.put('/api/v1/employers/me', employerProfileBody(override), {
          token: employer.token,
        });
        expect([res.status, res.body.error.details.map((d: any) => d.field)]).toEqual([
          400,
          [field],
        ]);
      }
      expect(await api.count(`employer_profiles WHERE user_id = '${employer.id}'`)).toBe(0);
    });

    it('is 403 for a worker', async () => {
      const worker = await api.signIn('worker');
      const res = await api.get('/api/v1/employers/me', { token: worker.token });
      expect(res.status).toBe(403);
    });
  });
});
