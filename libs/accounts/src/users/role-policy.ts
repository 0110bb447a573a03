import { Role, SELF_SERVICE_ROLES } from '@app/contracts';

/**
 * Whether someone may sign in as `requested`, given the roles their account
 * holds (`null` when the phone has no account yet). Worker and employer are
 * self-service: signing in as one adds it. Operator and admin must have been
 * granted. Returns the roles the account holds afterwards, or null to refuse.
 */
export function admitRole(
  current: readonly Role[] | null,
  requested: Role,
): { roles: Role[]; added: boolean } | null {
  const held = current ?? [];
  if (held.includes(requested)) return { roles: [...held], added: false };
  if (!SELF_SERVICE_ROLES.includes(requested)) return null;
  return { roles: [...held, requested], added: true };
}
