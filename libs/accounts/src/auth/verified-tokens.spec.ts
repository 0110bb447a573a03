import type { VerifiedToken } from './auth-user';
import { VerifiedTokens } from './verified-tokens';

const token = (userId: string, expiresAtMs: number): VerifiedToken => ({
  userId,
  sessionId: `s-${userId}`,
  role: 'worker',
  expiresAt: new Date(expiresAtMs),
});

describe('verified tokens', () => {
  it('answers a token checked before until it expires, then forgets it', () => {
    const cache = new VerifiedTokens();
    cache.remember('a.b.c', token('u1', 10_000));
    expect(cache.get('a.b.c', 9_999)?.userId).toBe('u1');
    expect(cache.get('a.b.c', 10_000)).toBeUndefined();
    expect(cache.get('a.b.c', 5_000)).toBeUndefined();
  });

  it('never answers a token it has not seen, even one that differs only in its signature', () => {
    const cache = new VerifiedTokens();
    cache.remember('a.b.c', token('u1', 10_000));
    expect(cache.get('a.b.d', 1_000)).toBeUndefined();
  });

  it('holds at most its capacity, dropping the oldest first', () => {
    const cache = new VerifiedTokens(2);
    cache.remember('t1', token('u1', 10_000));
    cache.remember('t2', token('u2', 10_000));
    cache.remember('t3', token('u3', 10_000));
    expect(cache.get('t1', 0)).toBeUndefined();
    expect(cache.get('t2', 0)?.userId).toBe('u2');
    expect(cache.get('t3', 0)?.userId).toBe('u3');
  });
});
