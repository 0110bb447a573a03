import { SocketSessions, type SessionSocket } from './socket-sessions';

type FakeSocket = SessionSocket & { log: string[] };

function fakeSocket(id: string) {
  const log: string[] = [];
  const socket: FakeSocket = { id, log, disconnect: () => log.push('disconnect') };
  return { socket, log };
}

const send = (socket: FakeSocket, event: string, payload: unknown) =>
  socket.log.push(`${event} ${JSON.stringify(payload)}`);

describe('SocketSessions', () => {
  beforeEach(() => jest.useFakeTimers({ now: 0 }));
  afterEach(() => jest.useRealTimers());

  it('ends a socket when its token expires, telling it why before disconnecting', () => {
    const sessions = new SocketSessions<FakeSocket>(send);
    const a = fakeSocket('a');
    sessions.track(a.socket, 'u1', 's1', new Date(60_000));
    jest.advanceTimersByTime(59_999);
    expect(a.log).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(a.log).toEqual(['session.ended {"reason":"expired"}', 'disconnect']);
    expect(sessions.held()).toEqual([]);
  });

  it('a fresh token moves the expiry', () => {
    const sessions = new SocketSessions<FakeSocket>(send);
    const a = fakeSocket('a');
    sessions.track(a.socket, 'u1', 's1', new Date(60_000));
    jest.advanceTimersByTime(50_000);
    sessions.renew(a.socket, 's1', new Date(120_000));
    jest.advanceTimersByTime(60_000);
    expect(a.log).toEqual([]);
    jest.advanceTimersByTime(10_000);
    expect(a.log).toEqual(['session.ended {"reason":"expired"}', 'disconnect']);
  });

  it('ends the sockets of named sessions, or of a user, and no others', () => {
    const sessions = new SocketSessions<FakeSocket>(send);
    const [a, b, c] = [fakeSocket('a'), fakeSocket('b'), fakeSocket('c')];
    sessions.track(a.socket, 'u1', 's1', new Date(60_000));
    sessions.track(b.socket, 'u1', 's2', new Date(60_000));
    sessions.track(c.socket, 'u2', 's3', new Date(60_000));

    expect(sessions.apply({ sessionIds: ['s1'], reason: 'logout' })).toBe(1);
    expect(a.log).toEqual(['session.ended {"reason":"logout"}', 'disconnect']);
    expect(b.log).toEqual([]);

    expect(sessions.apply({ userId: 'u1', reason: 'suspended' })).toBe(1);
    expect(b.log).toEqual(['session.ended {"reason":"suspended"}', 'disconnect']);
    expect(c.log).toEqual([]);
    expect(sessions.held()).toEqual([{ userId: 'u2', socketId: 'c' }]);

    // An ended socket's timer does not fire later.
    jest.advanceTimersByTime(120_000);
    expect(a.log).toHaveLength(2);
  });
});
