import type { Role } from '@app/contracts';

/** Who is calling, as the access token says. */
export interface AuthUser {
  id: string;
  /** The role the user signed in as (the app mode they are in). */
  role: Role;
  /** Every role the account holds. */
  roles: Role[];
}

export interface AccessTokenClaims {
  sub: string;
  role: Role;
  roles: Role[];
}
