import type { Role } from '@app/contracts';

/** Anything that runs SQL and returns rows: a TypeORM DataSource or EntityManager. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export interface UserRow {
  id: string;
  phone: string;
  roles: Role[];
  createdAt: Date;
  /** True when this call created the account. */
  created: boolean;
}

/**
 * Creates the account for `phone` holding `role`, or adds `role` to the existing
 * one, in one statement (so two first logins at the same instant make one user).
 * Shared by login, the admin grant endpoint and the admin:create CLI.
 */
export async function upsertUserWithRole(
  db: SqlRunner,
  phone: string,
  role: Role,
): Promise<UserRow> {
  const rows = (await db.query(
    `INSERT INTO users (phone, roles) VALUES ($1, ARRAY[$2::text])
     ON CONFLICT (phone) DO UPDATE SET
       roles = CASE WHEN $2::text = ANY(users.roles) THEN users.roles
                    ELSE array_append(users.roles, $2::text) END,
       updated_at = CASE WHEN $2::text = ANY(users.roles) THEN users.updated_at ELSE now() END
     RETURNING id, phone, roles, created_at AS "createdAt", (xmax = 0) AS created`,
    [phone, role],
  )) as UserRow[];
  return rows[0]!;
}
