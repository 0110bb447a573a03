import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import {
  createDatabaseIfMissing,
  runMigrations,
} from '../../libs/common/src/database/prepare-database';
import { ADMIN_DATABASE_URL, databaseUrl } from './test-env';

/**
 * Creates this run's template database with every migration applied. Each test
 * file then clones it (CREATE DATABASE … TEMPLATE), which takes a fraction of a
 * second, so files run in parallel on databases of their own.
 */
export default async function globalSetup(): Promise<void> {
  // Both the integration and the browser projects call this; one template serves the run.
  if (process.env.LG_TEST_RUN_ID) return;
  const id = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  process.env.LG_TEST_RUN_ID = id;
  const template = `lg_test_${id}_tpl`;
  await createDatabaseIfMissing(databaseUrl(template));
  await runMigrations({ DATABASE_URL: databaseUrl(template) });
  // No connection may stay open on a template that is being cloned.
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
    [template],
  );
  await admin.end();
}
