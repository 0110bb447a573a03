import {
  decideRotation,
  generateRefreshToken,
  hashRefreshToken,
  refreshExpiry,
  StoredRefreshToken,
} from './refresh-token';

const now = new Date('2025-06-01T08:00:00+08:00');
const live: StoredRefreshToken = {
  expiresAt: new Date('2025-06-30T08:00:00+08:00'),
  revokedAt: null,
  replacedBy: null,
};

describe('refresh tokens', () => {
  it('are 32 random bytes in base64url, different every time', () => {
    const a = generateRefreshToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(generateRefreshToken()).not.toBe(a);
  });

  it('are stored as a sha256 hex digest that fits the char(64) column', () => {
    const token = generateRefreshToken();
    expect(hashRefreshToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRefreshToken(token)).toBe(hashRefreshToken(token));
    expect(hashRefreshToken(token)).not.toBe(hashRefreshToken(generateRefreshToken()));
  });

  it('expire after the configured number of days', () => {
    expect(refreshExpiry(now, 30).toISOString()).toBe('2025-07-01T00:00:00.000Z');
  });
});

describe('decideRotation', () => {
  it('rotates a live token', () => {
    expect(decideRotation(live, now)).toBe('rotate');
  });

  it('refuses a token it has never seen', () => {
    expect(decideRotation(null, now)).toBe('unknown');
  });

  it('treats a token that was already rotated as stolen', () => {
    const rotated = { ...live, revokedAt: now, replacedBy: 'a-successor-id' };
    expect(decideRotation(rotated, now)).toBe('reuse');
  });

  it('treats reuse as theft even after the token has expired', () => {
    const old = { ...live, expiresAt: new Date(0), revokedAt: now, replacedBy: 'x' };
    expect(decideRotation(old, now)).toBe('reuse');
  });

  it('refuses a token revoked by logout', () => {
    expect(decideRotation({ ...live, revokedAt: now }, now)).toBe('revoked');
  });

  it('refuses a token at or past its expiry', () => {
    expect(decideRotation({ ...live, expiresAt: now }, now)).toBe('expired');
    expect(decideRotation({ ...live, expiresAt: new Date(now.getTime() + 1) }, now)).toBe('rotate');
  });
});
