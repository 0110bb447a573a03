import { startApi, TestApi } from '../support/test-api';
import { DEV_CODE } from '../support/test-env';

/**
 * An ended session stops its access token at once (not when the token expires):
 * logout, and a session revoked because its refresh token was used twice.
 */
describe('session revocation on HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const loginAs = async (role: string) => {
    const res = await api.post('/api/v1/auth/login', {
      phone: api.newPhone(),
      code: DEV_CODE,
      role,
    });
    expect(res.status).toBe(200);
    return res.body as { accessToken: string; refreshToken: string };
  };
  const me = (token: string) =>
    api.get('/api/v1/me', { token, headers: { 'accept-language': 'en' } });

  it('logout stops the access token at once, and only that session', async () => {
    const phone = api.newPhone();
    const login = (role: string) => api.post('/api/v1/auth/login', { phone, code: DEV_CODE, role });
    const phoneSession = (await login('worker')).body;
    const otherDevice = (await login('worker')).body;
    expect((await me(phoneSession.accessToken)).status).toBe(200);

    const out = await api.post('/api/v1/auth/logout', { refreshToken: phoneSession.refreshToken });
    expect(out.status).toBe(204);

    const after = await me(phoneSession.accessToken);
    expect(after.status).toBe(401);
    expect(after.body.error).toMatchObject({
      code: 'SESSION_ENDED',
      message: 'This session has ended (signed out or revoked); sign in again',
    });
    // The same person on another device stays signed in.
    expect((await me(otherDevice.accessToken)).status).toBe(200);
    // Public routes that read an optional token refuse the ended one too.
    expect((await api.get('/api/v1/markets', { token: phoneSession.accessToken })).status).toBe(
      401,
    );
  });

  it('a session revoked for refresh-token reuse loses every access token it issued', async () => {
    const first = await loginAs('worker');
    const rotated = await api.post('/api/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect(rotated.status).toBe(200);
    expect((await me(rotated.body.accessToken)).status).toBe(200);

    // Someone replays the old refresh token: the whole session ends, now.
    const replay = await api.post('/api/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect(replay.status).toBe(401);
    for (const token of [first.accessToken, rotated.body.accessToken]) {
      const res = await me(token);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('SESSION_ENDED');
    }
  });

  it('an unknown refresh token logs nothing out', async () => {
    const session = await loginAs('employer');
    const out = await api.post('/api/v1/auth/logout', { refreshToken: 'not-a-token' });
    expect(out.status).toBe(204);
    expect((await me(session.accessToken)).status).toBe(200);
  });
});
