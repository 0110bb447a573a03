import { sentCodes } from '../accounts/support';
import { startApi, SignedIn, TestApi } from '../support/test-api';
import { registrationBody } from '../registration/registration-factory';
import { boundOperator, deskMarket, walkInBody } from './desk-factory';

// 08:00 in Shanghai on a Monday.
const NOW = new Date('2030-03-11T00:00:00Z');

/** The profile a worker wrote themselves on their phone. */
const OWN_PROFILE = {
  name: '张三丰',
  trades: [{ code: 'cleaner', level: 2 }],
  homeDistrict: '甘井子区',
  homeLocation: { lat: 38.95, lng: 121.55 },
  maxTravelKm: 5,
  minPay: { unit: 'day', amountFen: 30000 },
  availability: [],
};

describe('operator desk: a walk-in whose phone already has an account', () => {
  let api: TestApi;
  let admin: SignedIn;
  let market: any;
  let operator: SignedIn;
  let version: string;
  const url = () => `/api/v1/markets/${market.id}/walk-ins`;

  /** A worker with their own profile; returns them and the row as stored. */
  async function workerWithProfile(): Promise<SignedIn> {
    const worker = await api.signIn('worker');
    const res = await api.put('/api/v1/workers/me', OWN_PROFILE, { token: worker.token });
    if (res.status !== 200) throw new Error(`profile: ${res.status} ${JSON.stringify(res.body)}`);
    return worker;
  }
  const stored = async (userId: string) => {
    const [row] = await api.db.query(
      `SELECT wp.name, wp.home_district, wp.home_lat, wp.min_pay_fen, wp.max_travel_km, wp.availability,
              ARRAY(SELECT trade_code FROM worker_trades t WHERE t.user_id = wp.user_id) AS trades
         FROM worker_profiles wp WHERE wp.user_id = $1`,
      [userId],
    );
    return row;
  };
  const consents = async (userId: string) =>
    api.db.query(`SELECT verified_by, filled_fields FROM walk_in_consents WHERE worker_id = $1`, [
      userId,
    ]);
  /** The desk's form: a different name, trade, district and pay than the person's own. */
  const deskForm = (phone: string, extra: Record<string, unknown> = {}) =>
    walkInBody(api, version, {
      phone,
      profile: {
        name: '李大强',
        trades: [{ code: 'loader', level: 3 }],
        homeDistrict: '中山区',
        minPay: { unit: 'hour', amountFen: 2000 },
        availability: [{ weekday: 1, from: '08:00', to: '18:00' }],
      },
      ...extra,
    });

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString(), CODE_SENDER: 'memory' });
    admin = await api.signIn('admin');
    market = await deskMarket(api, admin);
    operator = await boundOperator(api, admin, market.id);
    version = (await api.get('/api/v1/walk-in-consent', { token: operator.token })).body.version;
  });
  afterAll(() => api.close());

  it('looks the phone up as it is typed: a masked profile for an account, nothing for a new phone', async () => {
    const worker = await workerWithProfile();
    const found = await api.post(
      `${url()}/lookup`,
      { phone: worker.phone },
      { token: operator.token },
    );
    expect(found.status).toBe(200);
    expect(found.body).toEqual({
      exists: true,
      profile: { name: '张**', trades: ['cleaner'], homeDistrict: '甘井子区' },
      idNumberOnFile: false,
    });
    expect(JSON.stringify(found.body)).not.toContain('张三丰');
    expect(JSON.stringify(found.body)).not.toContain(worker.phone);

    const fresh = await api.post(
      `${url()}/lookup`,
      { phone: api.newPhone() },
      { token: operator.token },
    );
    expect(fresh.body).toEqual({ exists: false, profile: null, idNumberOnFile: false });

    // Only the market's desk may ask.
    const stranger = await api.signIn('operator');
    const refused = await api.post(
      `${url()}/lookup`,
      { phone: worker.phone },
      { token: stranger.token },
    );
    expect(refused.status).toBe(403);
    const asWorker = await api.post(
      `${url()}/lookup`,
      { phone: worker.phone },
      { token: worker.token },
    );
    expect(asWorker.status).toBe(403);
  });

  it('refuses an existing account without verification, or with a wrong code, and changes nothing', async () => {
    const worker = await workerWithProfile();
    const before = await stored(worker.id);
    const [roles] = await api.db.query(`SELECT roles FROM users WHERE id = $1`, [worker.id]);

    const bare = await api.post(url(), deskForm(worker.phone), { token: operator.token });
    expect(bare.status).toBe(403);
    expect(bare.body.error.code).toBe('WALK_IN_NOT_VERIFIED');

    const sent = await api.post(
      `${url()}/verification-code`,
      { phone: worker.phone },
      { token: operator.token },
    );
    expect(sent.status).toBe(202);
    const code = sentCodes(api).lastCode(worker.phone)!;
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const bad = await api.post(url(), deskForm(worker.phone, { verification: { code: wrong } }), {
      token: operator.token,
    });
    expect(bad.status).toBe(401);
    expect(bad.body.error.code).toBe('INVALID_CODE');

    const wrongId = await api.post(
      url(),
      deskForm(worker.phone, { verification: { idNumber: '21020219900101123X' } }),
      { token: operator.token },
    );
    expect(wrongId.status).toBe(403);
    expect(wrongId.body.error.details[0].field).toBe('verification.idNumber');

    // Guessing ID numbers stops after a few tries.
    let last = wrongId;
    for (let i = 0; i < 5; i += 1) {
      last = await api.post(
        url(),
        deskForm(worker.phone, { verification: { idNumber: `21020219900101${1000 + i}` } }),
        { token: operator.token },
      );
    }
    expect(last.status).toBe(429);
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);

    expect(await stored(worker.id)).toEqual(before);
    expect(await consents(worker.id)).toEqual([]);
    expect((await api.db.query(`SELECT roles FROM users WHERE id = $1`, [worker.id]))[0]).toEqual(
      roles,
    );
  });

  it('with the code the person reads out: linked, their own fields kept, only empty ones filled and recorded', async () => {
    const worker = await workerWithProfile();
    await api.post(
      `${url()}/verification-code`,
      { phone: worker.phone },
      { token: operator.token },
    );
    const code = sentCodes(api).lastCode(worker.phone)!;

    const res = await api.post(url(), deskForm(worker.phone, { verification: { code } }), {
      token: operator.token,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      workerId: worker.id,
      name: '张三丰',
      homeDistrict: '甘井子区',
      trades: ['cleaner'],
      filledFields: ['availability'],
    });
    expect(await stored(worker.id)).toMatchObject({
      name: '张三丰',
      home_district: '甘井子区',
      home_lat: 38.95,
      min_pay_fen: 30000,
      max_travel_km: 5,
      trades: ['cleaner'],
      availability: [{ weekday: 1, from: '08:00', to: '18:00' }],
    });
    expect(await consents(worker.id)).toEqual([
      { verified_by: 'sms_code', filled_fields: ['availability'] },
    ]);
    // The code is used up: a second registration with it is refused.
    const reused = await api.post(url(), deskForm(worker.phone, { verification: { code } }), {
      token: operator.token,
    });
    expect(reused.status).toBe(401);
  });

  it('a profile the workers service refuses takes back the worker role it added to an existing account', async () => {
    const employer = await api.signIn('employer');
    await api.post(
      `${url()}/verification-code`,
      { phone: employer.phone },
      { token: operator.token },
    );
    const code = sentCodes(api).lastCode(employer.phone)!;

    const res = await api.post(
      url(),
      deskForm(employer.phone, {
        verification: { code },
        profile: {
          name: '王五',
          trades: [{ code: 'astronaut', level: 1 }],
          homeDistrict: '中山区',
        },
      }),
      { token: operator.token },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('UNKNOWN_TRADE');
    expect(await api.db.query(`SELECT roles FROM users WHERE id = $1`, [employer.id])).toEqual([
      { roles: ['employer'] },
    ]);
    expect(await consents(employer.id)).toEqual([]);
  });

  it('accepts the ID number on file from the person’s employment registration', async () => {
    const worker = await workerWithProfile();
    const body = registrationBody();
    const reg = await api.post('/api/v1/registrations', body, { token: worker.token });
    expect(reg.status).toBe(201);
    const lookup = await api.post(
      `${url()}/lookup`,
      { phone: worker.phone },
      { token: operator.token },
    );
    expect(lookup.body.idNumberOnFile).toBe(true);
    expect(JSON.stringify(lookup.body)).not.toContain(body.idNumber);

    const res = await api.post(
      url(),
      deskForm(worker.phone, { verification: { idNumber: body.idNumber.toLowerCase() } }),
      { token: operator.token },
    );
    expect(res.status).toBe(201);
    expect(res.body.name).toBe('张三丰');
    expect(await consents(worker.id)).toEqual([
      { verified_by: 'id_number', filled_fields: ['availability'] },
    ]);
  });

  it('registers a new phone as before, recording a new account and every field the desk wrote', async () => {
    const phone = api.newPhone();
    const lookup = await api.post(`${url()}/lookup`, { phone }, { token: operator.token });
    expect(lookup.body.exists).toBe(false);
    const res = await api.post(url(), deskForm(phone), { token: operator.token });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ phone, name: '李大强', trades: ['loader'] });
    const [row] = await consents(res.body.workerId);
    expect(row.verified_by).toBe('new_account');
    expect(row.filled_fields).toEqual(expect.arrayContaining(['name', 'trades', 'minPay']));
    // No code is sent for a phone without an account.
    const code = await api.post(
      `${url()}/verification-code`,
      { phone: api.newPhone() },
      {
        token: operator.token,
      },
    );
    expect(code.status).toBe(404);
  });
});
