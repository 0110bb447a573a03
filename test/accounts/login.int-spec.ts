import { startApi, TestApi } from '../support/test-api';
import { DEV_CODE } from '../support/test-env';
import { requestCode, usersWithPhone, wrongCode } from './support';

const login = (api: TestApi, body: Record<string, unknown>, headers?: Record<string, string>) =>
  api.post('/api/v1/auth/login', body, { headers });

describe('POST /api/v1/auth/login', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ CODE_SENDER: 'memory' });
  });
  afterAll(() => api.close());

  it('signs a new phone in as a worker with the code it received, creating the account', async () => {
    const phone = api.newPhone();
    const code = await requestCode(api, phone);
    expect(await usersWithPhone(api, phone)).toBe(0);

    const res = await login(api, { phone, code, role: 'worker' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      accessToken: expect.any(String),
      refreshToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      expiresIn: 900,
      user: { id: expect.any(String), phone, roles: ['worker'], role: 'worker' },
    });
    expect(await usersWithPhone(api, phone)).toBe(1);

    const me = await api.get('/api/v1/me', { token: res.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      id: res.body.user.id,
      phone,
      roles: ['worker'],
      role: 'worker',
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
  });

  it('refuses a wrong code with 401 INVALID_CODE, creates nothing, and the right code still works', async () => {
    const phone = api.newPhone();
    const code = await requestCode(api, phone);
    const wrong = await login(api, { phone, code: wrongCode(code, DEV_CODE), role: 'worker' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toMatchObject({
      code: 'INVALID_CODE',
      message: '验证码错误',
      details: [{ field: 'code', message: '验证码错误' }],
    });
    expect(await usersWithPhone(api, phone)).toBe(0);

    expect((await login(api, { phone, code, role: 'worker' })).status).toBe(200);
  });

  it('says CODE_EXPIRED when no code is waiting for the phone', async () => {
    const res = await login(api, {
      phone: api.newPhone(),
      code: wrongCode(DEV_CODE),
      role: 'worker',
    });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('CODE_EXPIRED');
  });

  it('accepts a code once only', async () => {
    const phone = api.newPhone();
    const code = await requestCode(api, phone);
    expect((await login(api, { phone, code, role: 'worker' })).status).toBe(200);
    const again = await login(api, { phone, code, role: 'worker' });
    expect(again.status).toBe(401);
    expect(again.body.error.code).toBe('CODE_EXPIRED');
  });

  it('lets exactly one of several simultaneous logins with the same code through', async () => {
    const phone = api.newPhone();
    const code = await requestCode(api, phone);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        login(api, { phone, code, role: i % 2 ? 'employer' : 'worker' }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    const refused = results.filter((r) => r.status !== 200);
    expect(refused.map((r) => [r.status, r.body.error.code])).toEqual(
      Array(5).fill([401, 'CODE_EXPIRED']),
    );
    expect(await usersWithPhone(api, phone)).toBe(1);
  });

  it('burns the code after five wrong tries: 429 TOO_MANY_ATTEMPTS even for the right code, until a new one is sent', async () => {
    const phone = api.newPhone();
    const code = await requestCode(api, phone);
    const bad = wrongCode(code, DEV_CODE);
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await login(api, { phone, code: bad, role: 'worker' })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);

    const right = await login(api, { phone, code, role: 'worker' }, { 'accept-language': 'en' });
    expect(right.status).toBe(429);
    expect(right.body.error).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      message: 'Too many wrong codes, request a new one',
    });
    expect(await usersWithPhone(api, phone)).toBe(0);

    const fresh = await requestCode(api, phone);
    expect((await login(api, { phone, code: fresh, role: 'worker' })).status).toBe(200);
  });

  it('lets one phone be a worker and an employer: the second login adds the role to the same account', async () => {
    const phone = api.newPhone();
    const asWorker = await login(api, {
      phone,
      code: await requestCode(api, phone),
      role: 'worker',
    });
    const asEmployer = await login(api, {
      phone,
      code: await requestCode(api, phone),
      role: 'employer',
    });
    expect(asEmployer.status).toBe(200);
    expect(asEmployer.body.user).toMatchObject({
      id: asWorker.body.user.id,
      role: 'employer',
      roles: ['worker', 'employer'],
    });
    const me = await api.get('/api/v1/me', { token: asEmployer.body.accessToken });
    expect(me.body).toMatchObject({ roles: ['worker', 'employer'], role: 'employer' });
    expect(await usersWithPhone(api, phone)).toBe(1);
  });

  it('refuses operator and admin to a phone without the grant (403 ROLE_NOT_GRANTED) and leaves no account behind', async () => {
    const phone = api.newPhone();
    for (const role of ['operator', 'admin']) {
      const res = await login(api, { phone, code: DEV_CODE, role });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('ROLE_NOT_GRANTED');
      expect(res.body.error.details[0].field).toBe('role');
    }
    expect(await usersWithPhone(api, phone)).toBe(0);
  });

  it('does not let a worker promote themselves to operator', async () => {
    const worker = await api.signIn('worker');
    const res = await login(api, { phone: worker.phone, code: DEV_CODE, role: 'operator' });
    expect(res.status).toBe(403);
    const [row] = await api.db.query(`SELECT roles FROM users WHERE id = $1`, [worker.id]);
    expect(row.roles).toEqual(['worker']);
  });

  it('signs in a granted operator', async () => {
    const operator = await api.signIn('operator');
    const res = await login(api, { phone: operator.phone, code: DEV_CODE, role: 'operator' });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: operator.id, role: 'operator', roles: ['operator'] });
  });

  it('still signs in a blacklisted account (the blacklist only affects matching)', async () => {
    const worker = await api.signIn('worker');
    await api.db.query(`UPDATE users SET blacklisted = true WHERE id = $1`, [worker.id]);
    const res = await login(api, { phone: worker.phone, code: DEV_CODE, role: 'worker' });
    expect(res.status).toBe(200);
  });

  it('accepts the configured dev code for any phone without an SMS', async () => {
    const phone = api.newPhone();
    const res = await login(api, { phone, code: DEV_CODE, role: 'employer' });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ phone, roles: ['employer'] });
  });

  it('names the field of a malformed request', async () => {
    const phone = api.newPhone();
    const badRole = await login(api, { phone, code: DEV_CODE, role: 'boss' });
    expect(badRole.status).toBe(400);
    expect(badRole.body.error.details.map((d: { field: string }) => d.field)).toEqual(['role']);

    const badCode = await login(api, { phone, code: '12345', role: 'worker' });
    expect(badCode.status).toBe(400);
    expect(badCode.body.error.details.map((d: { field: string }) => d.field)).toEqual(['code']);

    const extra = await login(api, { phone, code: DEV_CODE, role: 'worker', admin: true });
    expect(extra.status).toBe(400);
    expect(extra.body.error.code).toBe('UNKNOWN_FIELD');
    expect(extra.body.error.details[0].field).toBe('admin');
    expect(await usersWithPhone(api, phone)).toBe(0);
  });
});
