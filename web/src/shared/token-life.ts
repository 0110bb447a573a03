/** Seconds before the access token expires at which the link re-authenticates its socket. */
const REAUTH_MARGIN_S = 60;

/**
 * How long a JWT has left, in ms, by its `exp` and `iat` (the payload is readable; the
 * server checks the signature). Phones' clocks are often wrong: when this device's clock
 * puts `now` outside the token's life, the token is taken as fresh (it was just handed
 * over), rather than as long expired, which would refresh in a loop.
 */
export function tokenLifeLeft(token: string | undefined, now: number): number | undefined {
  try {
    const payload = token?.split('.')[1];
    if (!payload) return undefined;
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const { exp, iat } = JSON.parse(json) as { exp?: unknown; iat?: unknown };
    if (typeof exp !== 'number') return undefined;
    const left = exp * 1000 - now;
    if (typeof iat !== 'number') return left;
    const life = (exp - iat) * 1000;
    return left > 0 && left <= life ? left : life;
  } catch {
    return undefined;
  }
}

/**
 * When to re-authenticate: a margin before expiry, or half the life left when that is
 * shorter (short test tokens), and never sooner than a second (no refresh loop).
 */
export function reauthDelay(leftMs: number): number {
  return Math.max(leftMs - REAUTH_MARGIN_S * 1000, leftMs / 2, 1000);
}
