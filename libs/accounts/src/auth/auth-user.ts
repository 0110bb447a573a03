import type { Role } from '@app/contracts';

/**
 * Who is calling: the user and session from the access token, their roles as the
 * server holds them now (never as the token says).
 */
export interface AuthUser {
  id: string;
  /** The role the user signed in as (the app mode they are in). */
  role: Role;
  /** Every role the account holds, read from the server side (cached for a few seconds). */
  roles: Role[];
  /** The login session (refresh-token family) the token belongs to; logout and revocation end it. */
  sessionId: string;
}

/**
 * What an access token carries: who and which session, and the app mode. Roles and
 * account status are deliberately absent: they are looked up on each request, so a
 * role change or a suspension takes effect within seconds, and a token signed with
 * invented roles gains nothing.
 */
export interface AccessTokenClaims {
  sub: string;
  sid: string;
  role: Role;
}

/** A token whose signature and expiry check out, before the account is looked up. */
export interface VerifiedToken {
  userId: string;
  sessionId: string;
  role: Role;
  expiresAt: Date;
}
