import type { VerifiedToken } from './auth-user';

/**
 * Access tokens whose signature this process has already checked, until they expire.
 * A worker's phone sends the same token with every request and socket handshake for its
 * whole life (JWT_ACCESS_TTL_SECONDS), and checking an HS256 signature and decoding the
 * claims cost more CPU than the rest of the guard (issue 14's profile). Only the
 * signature is remembered: revocation and the account's status are still read on every
 * request. Bounded: past `capacity` the oldest entry goes.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, VerifiedToken>();

  constructor(private readonly capacity = 10_000) {}

  /** The claims of a token verified before, unless it has expired since. */
  get(token: string, nowMs: number): VerifiedToken | undefined {
    const hit = this.entries.get(token);
    if (!hit) return undefined;
    if (hit.expiresAt.getTime() <= nowMs) {
      this.entries.delete(token);
      return undefined;
    }
    return hit;
  }

  remember(token: string, verified: VerifiedToken): void {
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(token, verified);
  }
}
