/**
 * What the stack costs the database, read from PostgreSQL's own counters for the stack's
 * database: transactions (pg_stat_database) and statements, i.e. round trips
 * (pg_stat_statements, where the server loads it).
 */
import type { Client } from 'pg';
import type { BenchStack } from './stack';

/**
 * PostgreSQL 15 sends a backend's counts to pg_stat_database at most once a second while it
 * works and up to 10 s (PGSTAT_IDLE_INTERVAL) after it goes idle, with no event to await:
 * a measured window ends this long after its last operation, so what it caused is in its
 * count, and starts this long after what came before, so that is not.
 */
export const STATS_SETTLE_MS = 11_000;

/** Transactions committed or rolled back in the stack's database so far (pg_stat_database). */
export function xactCommits(stack: BenchStack): Promise<number> {
  return withClient(stack, async (db) => {
    const { rows } = await db.query<{ n: string }>(
      `SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()`,
    );
    return Number(rows[0]!.n);
  });
}

export function statementsInstalled(stack: BenchStack): Promise<boolean> {
  return withClient(stack, (db) =>
    db.query('SELECT 1 FROM pg_stat_statements LIMIT 1').then(
      () => true,
      () => false,
    ),
  );
}

/**
 * Makes pg_stat_statements readable in the stack's (throwaway) database when the server
 * loads the library; never changes the server's configuration. Returns why not otherwise.
 */
export function enableStatements(
  stack: BenchStack,
): Promise<{ enabled: true } | { enabled: false; reason: string }> {
  return withClient(stack, async (db) => {
    const { rows } = await db.query<{ available: boolean; preload: string }>(
      `SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_stat_statements') AS available,
              current_setting('shared_preload_libraries') AS preload`,
    );
    const { available, preload } = rows[0]!;
    if (!available) return { enabled: false, reason: 'pg_stat_statements is not installed' };
    if (!preload.split(',').some((l) => l.trim() === 'pg_stat_statements')) {
      return {
        enabled: false,
        reason:
          'pg_stat_statements is installed but not in shared_preload_libraries (loading it needs a server restart; the bench leaves the server as it is)',
      };
    }
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    return { enabled: true };
  });
}

/** Statements run in the stack's database so far (pg_stat_statements, BEGIN and COMMIT included). */
export function statementCalls(stack: BenchStack): Promise<number> {
  return withClient(stack, async (db) => {
    const { rows } = await db.query<{ n: string | null }>(
      `SELECT sum(calls) AS n FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
       WHERE d.datname = current_database()`,
    );
    return Number(rows[0]!.n ?? 0);
  });
}

/** A connection of its own for one reading: a reading is then one transaction, counted once. */
async function withClient<T>(stack: BenchStack, read: (db: Client) => Promise<T>): Promise<T> {
  const db = stack.db();
  await db.connect();
  try {
    return await read(db);
  } finally {
    await db.end();
  }
}
