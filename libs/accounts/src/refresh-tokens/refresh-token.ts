import { createHash, randomBytes } from 'node:crypto';

/** An opaque refresh token: 32 random bytes, base64url (43 characters). */
export function generateRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Tokens are stored as sha256 only. A plain hash suffices (unlike the 6-digit
 * codes): 256 random bits cannot be guessed from it.
 */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function refreshExpiry(now: Date, ttlDays: number): Date {
  return new Date(now.getTime() + ttlDays * 86_400_000);
}

export interface StoredRefreshToken {
  expiresAt: Date;
  revokedAt: Date | null;
  replacedBy: string | null;
}

/**
 * What to do with a presented refresh token:
 * - `rotate`: live → revoke it, issue its successor in the same family;
 * - `reuse`: it was already rotated, so someone else holds its successor; treat
 *   it as stolen and revoke the whole family;
 * - `revoked` (logged out or family killed), `expired`, `unknown`: refuse.
 */
export type RotationDecision = 'rotate' | 'reuse' | 'revoked' | 'expired' | 'unknown';

export function decideRotation(token: StoredRefreshToken | null, now: Date): RotationDecision {
  if (!token) return 'unknown';
  if (token.replacedBy) return 'reuse';
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'rotate';
}
