import { JwtService } from '@nestjs/jwt';
import { DEV_CODE, TEST_JWT_SECRET } from '../support/test-env';
import { Cluster, TestClient } from './realtime-factory';

/**
 * Access tokens that live 3 s (JWT_ACCESS_TTL_SECONDS): an open socket ends when its
 * token expires, unless the client re-authenticates it first, and a dropped socket
 * cannot recover its state with an expired token. Every wait is on an event: a second
 * socket on the same token tells the test when that token has expired.
 */
describe('realtime: sockets and token expiry', () => {
  let cluster: Cluster;

  beforeAll(async () => {
    cluster = await Cluster.start({ JWT_ACCESS_TTL_SECONDS: '3' }, 1);
  }, 120_000);
  afterAll(async () => {
    await cluster?.close();
  });

  const login = async (role = 'worker') => {
    const res = await cluster.api.post('/api/v1/auth/login', {
      phone: cluster.api.newPhone(),
      code: DEV_CODE,
      role,
    });
    if (res.status !== 200) throw new Error(`login: ${JSON.stringify(res.body)}`);
    expect(res.body.expiresIn).toBe(3);
    return res.body as { accessToken: string; refreshToken: string; user: { id: string } };
  };
  const connect = async (token: string, reconnection = true) => {
    const client = cluster.connect({ token }, 0, { pinned: true, reconnection });
    await client.connected();
    return client;
  };

  it('an open socket is told its session expired and is disconnected when the token expires', async () => {
    const session = await login();
    const client = await connect(session.accessToken);
    expect(await client.waitFor('session.ended')).toEqual({ reason: 'expired' });
    expect(await client.waitFor('disconnect')).toEqual({ reason: 'io server disconnect' });
  });

  it('auth.refresh with a fresh token keeps the socket open past the old token', async () => {
    const session = await login();
    const witness = await connect(session.accessToken);
    const client = await connect(session.accessToken);
    // A fresh token of the same session, as POST /auth/refresh gives, valid for a minute.
    const { sub, sid, role } = new JwtService().decode(session.accessToken);
    const fresh = new JwtService().sign(
      { sub, sid, role },
      { secret: TEST_JWT_SECRET, expiresIn: 60 },
    );
    expect(await client.request('auth.refresh', { token: fresh })).toEqual({
      ok: true,
      expiresAt: expect.any(String),
    });

    expect(await witness.waitFor('session.ended')).toEqual({ reason: 'expired' });
    // The old token has expired: the re-authenticated socket is still served.
    expect(await client.request('shift.watch', { shiftId: session.user.id })).toEqual({
      error: expect.objectContaining({ code: 'NOT_FOUND' }),
    });
    expect(client.count('session.ended')).toBe(0);
  });

  it('an expired token cannot re-authenticate a socket, and a dropped socket cannot recover with it', async () => {
    const session = await login();
    const witness = await connect(session.accessToken);
    const client: TestClient = await connect(session.accessToken, false);
    await client.waitFor('offers.snapshot');
    await client.drop();

    await witness.waitFor('session.ended'); // the token has expired now
    client.socket.connect();
    expect((await client.waitFor('connect_error')).data).toMatchObject({ code: 'TOKEN_EXPIRED' });

    const other = await connect((await login()).accessToken);
    expect(await other.request('auth.refresh', { token: session.accessToken })).toEqual({
      error: expect.objectContaining({ code: 'TOKEN_EXPIRED' }),
    });
  });
});
