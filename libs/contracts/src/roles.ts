export const ROLES = ['worker', 'employer', 'operator', 'admin'] as const;
export type Role = (typeof ROLES)[number];
/** Roles anyone may take on by logging in; the others are granted by an admin. */
export const SELF_SERVICE_ROLES: readonly Role[] = ['worker', 'employer'];
