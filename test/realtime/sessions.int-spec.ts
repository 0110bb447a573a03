import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { DEV_CODE, TEST_REDIS_URL } from '../support/test-env';
import type { SignedIn } from '../support/test-api';
import { Cluster, TestClient } from './realtime-factory';

/**
 * Sessions on open sockets, across two realtime nodes: a socket ends (with
 * `session.ended` and a server-side disconnect) when its session is logged out,
 * revoked or suspended; a recovering socket shows its token again; a fresh token
 * keeps a socket open; and one user holds at most REALTIME_MAX_SOCKETS_PER_USER.
 */
describe('realtime: sessions on open sockets', () => {
  let cluster: Cluster;
  let admin: SignedIn;
  let redis: Redis;

  beforeAll(async () => {
    cluster = await Cluster.start({ REALTIME_MAX_SOCKETS_PER_USER: '3' });
    admin = await cluster.api.signIn('admin');
    redis = new Redis(TEST_REDIS_URL, { keyPrefix: `${cluster.api.redisPrefix}:` });
  }, 120_000);
  afterAll(async () => {
    await redis?.quit();
    await cluster?.close();
  });

  /**
   * Resolves once `check` holds. For what the nodes do on a client's disconnect, which
   * sends the client nothing to await: the test watches Redis instead.
   */
  const until = async (check: () => Promise<boolean>) => {
    const deadline = Date.now() + 5_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  /** The node has kept the dropped socket's state for recovery (socket.io session in Redis). */
  const sessionKept = (client: TestClient) => {
    const pid = (client.socket as unknown as { _pid: string })._pid;
    return until(async () => (await redis.exists(`socket.io:session:${pid}`)) === 1);
  };

  interface Session {
    accessToken: string;
    refreshToken: string;
    user: { id: string };
  }
  const login = async (role: string, phone = cluster.api.newPhone()): Promise<Session> => {
    const res = await cluster.api.post('/api/v1/auth/login', { phone, code: DEV_CODE, role });
    if (res.status !== 200) throw new Error(`login: ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const refresh = (refreshToken: string) =>
    cluster.api.post('/api/v1/auth/refresh', { refreshToken });
  /** Proves a socket is open and served: a client event gets its (error) answer. */
  const alive = async (client: TestClient) =>
    expect(await client.request('shift.watch', { shiftId: randomUUID() })).toEqual({
      error: expect.objectContaining({ code: 'NOT_FOUND' }),
    });
  const endedBy = async (client: TestClient): Promise<{ reason: string; disconnect: string }> => {
    const ended = await client.waitFor('session.ended');
    const gone = await client.waitFor('disconnect');
    return { reason: ended.reason, disconnect: gone.reason };
  };
  const connected = async (...clients: TestClient[]) =>
    Promise.all(clients.map((c) => c.connected()));

  it('logout ends every socket of that session on every node, with a reason; the same person elsewhere stays', async () => {
    const phone = cluster.api.newPhone();
    const phoneApp = await login('worker', phone);
    const tablet = await login('worker', phone);
    const a = cluster.connect({ token: phoneApp.accessToken }, 0, { pinned: true });
    const b = cluster.connect({ token: phoneApp.accessToken }, 1, { pinned: true });
    const other = cluster.connect({ token: tablet.accessToken }, 1, { pinned: true });
    await connected(a, b, other);

    const out = await cluster.api.post('/api/v1/auth/logout', {
      refreshToken: phoneApp.refreshToken,
    });
    expect(out.status).toBe(204);
    // A server-side disconnect: the client does not reconnect by itself.
    for (const client of [a, b]) {
      expect(await endedBy(client)).toEqual({
        reason: 'logout',
        disconnect: 'io server disconnect',
      });
    }
    await alive(other);
    expect(other.count('session.ended')).toBe(0);

    // Connecting again with the old token is refused.
    a.socket.connect();
    expect((await a.waitFor('connect_error')).data).toMatchObject({ code: 'SESSION_ENDED' });
  });

  it('a session revoked for refresh-token reuse ends its sockets', async () => {
    const session = await login('employer');
    const rotated = await refresh(session.refreshToken);
    expect(rotated.status).toBe(200);
    const client = cluster.connect({ token: rotated.body.accessToken }, 0, { pinned: true });
    await connected(client);

    expect((await refresh(session.refreshToken)).status).toBe(401); // the replay
    expect(await endedBy(client)).toEqual({
      reason: 'revoked',
      disconnect: 'io server disconnect',
    });
  });

  it('a suspension ends every socket of the account', async () => {
    const phone = cluster.api.newPhone();
    const asWorker = await login('worker', phone);
    const asEmployer = await login('employer', phone);
    const w = cluster.connect({ token: asWorker.accessToken }, 0, { pinned: true });
    const e = cluster.connect({ token: asEmployer.accessToken }, 1, { pinned: true });
    await connected(w, e);

    const res = await cluster.api.post(
      `/api/v1/admin/users/${asWorker.user.id}/suspend`,
      { reason: '冒用他人身份' },
      { token: admin.token },
    );
    expect(res.status).toBe(200);
    for (const client of [w, e]) {
      expect((await endedBy(client)).reason).toBe('suspended');
    }
    w.socket.connect();
    expect((await w.waitFor('connect_error')).data).toMatchObject({ code: 'ACCOUNT_SUSPENDED' });
  });

  it('a dropped socket recovers its state only while its session lives: recovery re-checks the token', async () => {
    const session = await login('worker');
    const client = cluster.connect({ token: session.accessToken }, 0, {
      pinned: true,
      reconnection: false,
    });
    await connected(client);
    await client.waitFor('offers.snapshot'); // a packet with an offset to resume from

    await client.drop();
    await sessionKept(client);
    client.socket.connect();
    expect((await client.connected(2)).recovered).toBe(true);

    await client.drop();
    await sessionKept(client);
    await cluster.api.post('/api/v1/auth/logout', { refreshToken: session.refreshToken });
    client.socket.connect();
    expect((await client.waitFor('connect_error')).data).toMatchObject({ code: 'SESSION_ENDED' });
    expect(client.count('connect')).toBe(2);
  });

  it('auth.refresh: a fresh token of the same user keeps the socket and its session follows the new token', async () => {
    const session = await login('worker');
    const stranger = await login('worker');
    const client = cluster.connect({ token: session.accessToken }, 1, { pinned: true });
    await connected(client);

    const rotated = await refresh(session.refreshToken);
    const ack = await client.request('auth.refresh', { token: rotated.body.accessToken });
    expect(ack).toEqual({ ok: true, expiresAt: expect.any(String) });
    expect(new Date(ack.expiresAt).getTime()).toBeGreaterThan(Date.now());

    // Someone else's token, or no token, does not take the socket over.
    expect(await client.request('auth.refresh', { token: stranger.accessToken })).toEqual({
      error: expect.objectContaining({ code: 'FORBIDDEN' }),
    });
    expect(await client.request('auth.refresh', { token: 'nope' })).toEqual({
      error: expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    });
    await alive(client);

    // Logging out with the rotated refresh token ends the socket re-authenticated with it.
    await cluster.api.post('/api/v1/auth/logout', { refreshToken: rotated.body.refreshToken });
    expect((await endedBy(client)).reason).toBe('logout');
  });

  it('caps one user at REALTIME_MAX_SOCKETS_PER_USER sockets across nodes; a closed one frees its place', async () => {
    const worker = await cluster.api.signIn('worker');
    const open = [0, 1, 0].map((node) =>
      cluster.connect({ token: worker.token }, node, { pinned: true }),
    );
    await connected(...open);

    const fourth = cluster.connect({ token: worker.token }, 1, { pinned: true });
    const refused = (await fourth.waitFor('connect_error')).data;
    expect(refused).toMatchObject({
      code: 'TOO_MANY_CONNECTIONS',
      details: [{ field: 'token', message: expect.stringContaining('3') }],
    });
    fourth.close();

    // Another user is not affected.
    const someoneElse = await cluster.api.signIn('worker');
    const theirs = cluster.connect({ token: someoneElse.token }, 1, { pinned: true });
    await connected(theirs);

    open[0]!.close();
    await until(async () => (await redis.zcard(`sockets:user:${worker.id}`)) === 2);
    const again = cluster.connect({ token: worker.token }, 1, { pinned: true });
    await connected(again);
  });
});
