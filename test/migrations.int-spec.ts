import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDatabaseIfMissing, revertMigrations, runMigrations } from '@app/common';
import { ADMIN_DATABASE_URL, databaseUrl, runId } from './support/test-env';

/** A fingerprint of the schema: every column of every table, and every index and constraint. */
async function schemaOf(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(
      `SELECT table_name || '.' || column_name || ':' || data_type || ':' || is_nullable AS c
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    const indexes = await client.query(
      `SELECT indexdef AS c FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'migrations'`,
    );
    const constraints = await client.query(
      `SELECT conrelid::regclass || ':' || conname || ':' || pg_get_constraintdef(oid) AS c
         FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> 'migrations'`,
    );
    return [...columns.rows, ...indexes.rows, ...constraints.rows].map((r) => r.c).sort();
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  const url = databaseUrl(`lg_test_${runId()}_mig_${randomBytes(3).toString('hex')}`);

  afterAll(async () => {
    const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
    await admin.end();
  });

  it('create the database when missing, and every migration goes down and up again to the same schema', async () => {
    expect(await createDatabaseIfMissing(url)).toBe(true);
    expect(await createDatabaseIfMissing(url)).toBe(false);

    const applied = await runMigrations({ DATABASE_URL: url });
    expect(applied.length).toBeGreaterThanOrEqual(4);
    const schema = await schemaOf(url);
    expect(schema.length).toBeGreaterThan(20);

    await revertMigrations({ DATABASE_URL: url }, applied.length);
    expect(await schemaOf(url)).toEqual([]);

    expect(await runMigrations({ DATABASE_URL: url })).toEqual(applied);
    expect(await schemaOf(url)).toEqual(schema);
    expect(await runMigrations({ DATABASE_URL: url })).toEqual([]);
  });

  it('two processes migrating at once apply each migration exactly once (advisory lock)', async () => {
    const second = databaseUrl(`${new URL(url).pathname.slice(1)}_b`);
    await createDatabaseIfMissing(second);
    try {
      const [a, b] = await Promise.all([
        runMigrations({ DATABASE_URL: second }),
        runMigrations({ DATABASE_URL: second }),
      ]);
      expect([...a, ...b].sort()).toEqual((a.length ? a : b).slice().sort());
      expect(Math.min(a.length, b.length)).toBe(0);
    } finally {
      const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
      await admin.connect();
      await admin.query(
        `DROP DATABASE IF EXISTS "${new URL(second).pathname.slice(1)}" WITH (FORCE)`,
      );
      await admin.end();
    }
  });
});
