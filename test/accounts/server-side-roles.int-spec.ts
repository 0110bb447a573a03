import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { startApi, TestApi } from '../support/test-api';
import { DEV_CODE, TEST_JWT_SECRET } from '../support/test-env';

/**
 * Roles and account status come from the server, not from the token: a token
 * signed with invented roles gains nothing, and an admin's role change or
 * suspension reaches tokens that are already out.
 */
describe('roles and account status are read on the server side', () => {
  let api: TestApi;
  let admin: { id: string; token: string };
  beforeAll(async () => {
    // A short cache, so the last test (a change behind the API's back) is quick.
    api = await startApi({ AUTH_ACCOUNT_CACHE_SECONDS: '2' });
    admin = await api.signIn('admin');
  });
  afterAll(() => api.close());

  const login = async (role: string, phone: string) =>
    api.post('/api/v1/auth/login', { phone, code: DEV_CODE, role });
  const employerOnly = (token: string) => api.get('/api/v1/employers/me/shifts', { token });
  const adminOnly = (token: string) => api.get('/api/v1/admin/blacklist', { token });
  const forge = (claims: Record<string, unknown>) =>
    new JwtService().sign(
      { sid: randomUUID(), ...claims },
      {
        secret: TEST_JWT_SECRET,
        expiresIn: 600,
      },
    );

  it('a token signed with roles:["admin"] for a worker is still a worker', async () => {
    const worker = await api.signIn('worker');
    const withRoles = forge({ sub: worker.id, role: 'worker', roles: ['worker', 'admin'] });
    const res = await adminOnly(withRoles);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    // The account is still a worker for what it holds.
    expect((await api.get('/api/v1/me', { token: withRoles })).body.roles).toEqual(['worker']);

    // Claiming to have signed in as admin ends nowhere: the account holds no such role.
    const asAdmin = forge({ sub: worker.id, role: 'admin', roles: ['admin'] });
    expect((await adminOnly(asAdmin)).status).toBe(401);
    expect((await adminOnly(asAdmin)).body.error.code).toBe('SESSION_ENDED');

    // A token without a session, or for an account that does not exist, is refused.
    const noSession = new JwtService().sign(
      { sub: worker.id, role: 'worker' },
      { secret: TEST_JWT_SECRET, expiresIn: 600 },
    );
    expect((await api.get('/api/v1/me', { token: noSession })).body.error.code).toBe(
      'UNAUTHENTICATED',
    );
    const nobody = forge({ sub: randomUUID(), role: 'admin' });
    expect((await adminOnly(nobody)).status).toBe(401);
  });

  it('a role granted or taken away applies to the tokens already out, at once', async () => {
    const phone = api.newPhone();
    const signedIn = await login('worker', phone);
    const token = signedIn.body.accessToken as string;
    const userId = signedIn.body.user.id as string;
    expect((await employerOnly(token)).status).toBe(403);

    const grant = await api.post(
      '/api/v1/admin/users/roles',
      { phone, role: 'employer' },
      { token: admin.token },
    );
    expect(grant.status).toBe(200);
    expect((await employerOnly(token)).status).toBe(200);
    expect((await api.get('/api/v1/me', { token })).body.roles).toEqual(['worker', 'employer']);

    const revoke = await api.request('DELETE', `/api/v1/admin/users/${userId}/roles/employer`, {
      token: admin.token,
    });
    expect(revoke.status).toBe(200);
    expect(revoke.body).toMatchObject({ id: userId, roles: ['worker'], status: 'active' });
    expect((await employerOnly(token)).status).toBe(403);

    // Taking away the role the session signed in as ends that session, refresh included.
    await api.request('DELETE', `/api/v1/admin/users/${userId}/roles/worker`, {
      token: admin.token,
    });
    const me = await api.get('/api/v1/me', { token });
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('SESSION_ENDED');
    const refreshed = await api.post('/api/v1/auth/refresh', {
      refreshToken: signedIn.body.refreshToken,
    });
    expect(refreshed.status).toBe(401);
  });

  it('a suspension stops tokens, refresh and login at once; reinstating lets the person sign in again', async () => {
    const phone = api.newPhone();
    const first = await login('worker', phone);
    const userId = first.body.user.id as string;
    const token = first.body.accessToken as string;
    expect((await api.get('/api/v1/me', { token })).status).toBe(200);

    const suspended = await api.post(
      `/api/v1/admin/users/${userId}/suspend`,
      { reason: '手机遗失，本人申请停用' },
      { token: admin.token },
    );
    expect(suspended.status).toBe(200);
    expect(suspended.body).toMatchObject({
      id: userId,
      status: 'suspended',
      statusReason: '手机遗失，本人申请停用',
      statusChangedAt: expect.any(String),
    });

    const me = await api.get('/api/v1/me', { token, headers: { 'accept-language': 'zh-CN' } });
    expect(me.status).toBe(403);
    expect(me.body.error).toMatchObject({
      code: 'ACCOUNT_SUSPENDED',
      message: '账号已被停用，请联系管理员',
    });
    const refreshed = await api.post('/api/v1/auth/refresh', {
      refreshToken: first.body.refreshToken,
    });
    expect(refreshed.status).toBe(403);
    expect(refreshed.body.error.code).toBe('ACCOUNT_SUSPENDED');
    const again = await login('worker', phone);
    expect(again.status).toBe(403);
    expect(again.body.error.code).toBe('ACCOUNT_SUSPENDED');

    const reinstated = await api.post(
      `/api/v1/admin/users/${userId}/reinstate`,
      {},
      { token: admin.token },
    );
    expect(reinstated.status).toBe(200);
    expect(reinstated.body.status).toBe('active');
    // The old session stays ended; a new login works.
    expect((await api.get('/api/v1/me', { token })).body.error.code).toBe('SESSION_ENDED');
    const back = await login('worker', phone);
    expect(back.status).toBe(200);
    expect((await api.get('/api/v1/me', { token: back.body.accessToken })).status).toBe(200);
  });

  it('only admins suspend, never themselves, and an unknown account is 404', async () => {
    const worker = await api.signIn('worker');
    const other = await api.signIn('worker');
    const byWorker = await api.post(
      `/api/v1/admin/users/${other.id}/suspend`,
      { reason: 'x' },
      { token: worker.token },
    );
    expect(byWorker.status).toBe(403);
    const self = await api.post(
      `/api/v1/admin/users/${admin.id}/suspend`,
      { reason: 'x' },
      { token: admin.token },
    );
    expect(self.status).toBe(403);
    const unknown = await api.post(
      `/api/v1/admin/users/${randomUUID()}/suspend`,
      { reason: 'x' },
      { token: admin.token },
    );
    expect(unknown.status).toBe(404);
    const noReason = await api.post(
      `/api/v1/admin/users/${other.id}/suspend`,
      {},
      { token: admin.token },
    );
    expect(noReason.status).toBe(400);
    expect((await api.get('/api/v1/me', { token: other.token })).status).toBe(200);
  });

  it('a change made outside the API (plain SQL) still applies within AUTH_ACCOUNT_CACHE_SECONDS', async () => {
    const worker = await api.signIn('worker');
    expect((await api.get('/api/v1/me', { token: worker.token })).status).toBe(200); // cached now
    await api.db.query(`UPDATE users SET status = 'suspended' WHERE id = $1`, [worker.id]);
    // No event to await here: the cached copy lapses (2 s in this file); poll until it has.
    const deadline = Date.now() + 5_000;
    let status = 200;
    while (status === 200 && Date.now() < deadline) {
      status = (await api.get('/api/v1/me', { token: worker.token })).status;
      if (status === 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(403);
  });
});
