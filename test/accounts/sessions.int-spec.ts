import { JwtService } from '@nestjs/jwt';
import { startApi, TestApi } from '../support/test-api';
import { DEV_CODE } from '../support/test-env';

describe('sessions: refresh, logout and /me', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const loginAs = async (role: string, phone = api.newPhone()) => {
    const res = await api.post('/api/v1/auth/login', { phone, code: DEV_CODE, role });
    expect(res.status).toBe(200);
    return res.body;
  };
  const refresh = (refreshToken: string) => api.post('/api/v1/auth/refresh', { refreshToken });

  it('rotates: a new pair for the same role, and the new access token works', async () => {
    const first = await loginAs('worker');
    const res = await refresh(first.refreshToken);
    expect(res.status).toBe(200);
    expect(res.body.refreshToken).not.toBe(first.refreshToken);
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.body.user).toEqual(first.user);
    const me = await api.get('/api/v1/me', { token: res.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body.role).toBe('worker');
  });

  it('treats reuse of a rotated token as theft: 401 and the whole session is ended', async () => {
    const first = await loginAs('worker');
    const second = await refresh(first.refreshToken);
    expect(second.status).toBe(200);

    const replay = await refresh(first.refreshToken);
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('INVALID_REFRESH_TOKEN');
    // The thief's replay also kills the token the legitimate holder got.
    const afterTheft = await refresh(second.body.refreshToken);
    expect(afterTheft.status).toBe(401);
    expect(afterTheft.body.error.code).toBe('INVALID_REFRESH_TOKEN');
  });

  it('lets exactly one of several simultaneous refreshes of the same token succeed', async () => {
    const first = await loginAs('employer');
    const results = await Promise.all(
      Array.from({ length: 10 }, () => refresh(first.refreshToken)),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 401)).toHaveLength(9);
    for (const r of results.filter((x) => x.status === 401)) {
      expect(r.body.error.code).toBe('INVALID_REFRESH_TOKEN');
    }
  });

  it('keeps the signed-in role and picks up roles granted since', async () => {
    const phone = api.newPhone();
    const employer = await loginAs('employer', phone);
    await loginAs('worker', phone);
    const res = await refresh(employer.refreshToken);
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ role: 'employer', roles: ['employer', 'worker'] });
  });

  it('refuses an unknown or expired refresh token', async () => {
    const unknown = await refresh('not-a-token-we-ever-issued');
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe('INVALID_REFRESH_TOKEN');

    const session = await loginAs('worker');
    await api.db.query(
      `UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [session.user.id],
    );
    const expired = await refresh(session.refreshToken);
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('INVALID_REFRESH_TOKEN');
  });

  it('refreshes for REFRESH_TOKEN_TTL_DAYS (30 by default)', async () => {
    const session = await loginAs('worker');
    const days = (Date.parse(session.refreshExpiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.99);
    expect(days).toBeLessThanOrEqual(30);
  });

  it('logout (204) ends the session: its refresh tokens stop working', async () => {
    const session = await loginAs('worker');
    const rotated = await refresh(session.refreshToken);
    const out = await api.post('/api/v1/auth/logout', { refreshToken: rotated.body.refreshToken });
    expect(out.status).toBe(204);
    expect((await refresh(rotated.body.refreshToken)).status).toBe(401);
    // Logging out twice is not an error.
    const again = await api.post('/api/v1/auth/logout', {
      refreshToken: rotated.body.refreshToken,
    });
    expect(again.status).toBe(204);
  });

  it("logout of one session leaves the same user's other sessions alone", async () => {
    const phone = api.newPhone();
    const phoneA = await loginAs('worker', phone);
    const laptop = await loginAs('employer', phone);
    await api.post('/api/v1/auth/logout', { refreshToken: phoneA.refreshToken });
    expect((await refresh(laptop.refreshToken)).status).toBe(200);
  });

  it('GET /me is 401 in the error shape without a token, with a garbage token and for a deleted account', async () => {
    const none = await api.get('/api/v1/me');
    expect(none.status).toBe(401);
    expect(none.body).toEqual({
      error: { code: 'UNAUTHENTICATED', message: '请先登录', details: [] },
    });

    const garbage = await api.get('/api/v1/me', { token: 'not.a.jwt' });
    expect(garbage.status).toBe(401);
    expect(garbage.body.error.code).toBe('UNAUTHENTICATED');

    // Well-formed, but signed with another key, or with no signature at all (alg none).
    const user = await api.signIn('worker');
    const [header, payload] = user.token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = new JwtService({ secret: 'x'.repeat(32) }).sign(claims);
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    for (const token of [forged, unsigned, `${header}.${payload}.`]) {
      const res = await api.get('/api/v1/me', { token });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    }

    await api.db.query(`DELETE FROM users WHERE id = $1`, [user.id]);
    const gone = await api.get('/api/v1/me', { token: user.token });
    expect(gone.status).toBe(401);
    expect(gone.body.error.code).toBe('UNAUTHENTICATED');
  });
});

describe('POST /api/v1/admin/users/roles', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('lets an admin grant operator to a phone with no account, who can then sign in as operator', async () => {
    const admin = await api.signIn('admin');
    const phone = api.newPhone();
    const res = await api.post(
      '/api/v1/admin/users/roles',
      { phone, role: 'operator' },
      { token: admin.token },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ phone, roles: ['operator'], created: true });

    const again = await api.post(
      '/api/v1/admin/users/roles',
      { phone, role: 'operator' },
      { token: admin.token },
    );
    expect(again.body).toMatchObject({ id: res.body.id, roles: ['operator'], created: false });

    const login = await api.post('/api/v1/auth/login', { phone, code: DEV_CODE, role: 'operator' });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ id: res.body.id, role: 'operator' });
  });

  it('adds to the roles an account already holds', async () => {
    const admin = await api.signIn('admin');
    const worker = await api.signIn('worker');
    const res = await api.post(
      '/api/v1/admin/users/roles',
      { phone: worker.phone, role: 'admin' },
      { token: admin.token },
    );
    expect(res.body).toMatchObject({ id: worker.id, roles: ['worker', 'admin'], created: false });
  });

  it('is for admins only, and validates the phone and the role', async () => {
    const operator = await api.signIn('operator');
    const phone = api.newPhone();
    const denied = await api.post(
      '/api/v1/admin/users/roles',
      { phone, role: 'operator' },
      { token: operator.token },
    );
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('FORBIDDEN');
    expect((await api.post('/api/v1/admin/users/roles', { phone, role: 'operator' })).status).toBe(
      401,
    );

    const admin = await api.signIn('admin');
    const bad = await api.post(
      '/api/v1/admin/users/roles',
      { phone: '123', role: 'king' },
      { token: admin.token },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'phone',
      'role',
    ]);
    const [row] = await api.db.query(`SELECT count(*)::int AS n FROM users WHERE phone = $1`, [
      phone,
    ]);
    expect(row.n).toBe(0);
  });
});
