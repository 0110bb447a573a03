import { ErrorCode, type Role } from '@app/contracts';
import type { AuthUser, VerifiedToken } from './auth-user';

export type AccountStatus = 'active' | 'suspended';

/** What the server holds about an account that decides access: its roles and status. */
export interface AccountFacts {
  roles: Role[];
  status: AccountStatus;
}

/**
 * Whether a verified token still signs someone in, given the account as the server
 * holds it (null: no such account any more) and whether its session was revoked.
 * Returns the caller, or the error code to refuse with:
 * - the account is gone → UNAUTHENTICATED;
 * - the account is suspended → ACCOUNT_SUSPENDED (403);
 * - the session was logged out or revoked → SESSION_ENDED (401: sign in again);
 * - the account no longer holds the role the session signed in as → SESSION_ENDED.
 */
export function judgeAccess(
  token: VerifiedToken,
  facts: AccountFacts | null,
  sessionRevoked: boolean,
): AuthUser | ErrorCode {
  if (!facts) return ErrorCode.UNAUTHENTICATED;
  // Suspension first: its sessions were revoked too, but "suspended" is what to tell.
  if (facts.status !== 'active') return ErrorCode.ACCOUNT_SUSPENDED;
  if (sessionRevoked) return ErrorCode.SESSION_ENDED;
  if (!facts.roles.includes(token.role)) return ErrorCode.SESSION_ENDED;
  return { id: token.userId, role: token.role, roles: facts.roles, sessionId: token.sessionId };
}
