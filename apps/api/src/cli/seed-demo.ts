import 'reflect-metadata';
import { ConfigError, createDatabaseIfMissing, loadConfig, runMigrations } from '@app/common';
import { seedDemo } from '../demo/seed-demo';

/**
 * `npm run seed:demo`: loads the demo data; running it twice adds nothing. Never in
 * production: the demo data has an admin account whose phone is in the README.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.NODE_ENV === 'production') {
    throw new ConfigError(
      'seed:demo refuses to run with NODE_ENV=production (demo data has an admin)',
    );
  }
  await createDatabaseIfMissing(config.DATABASE_URL);
  await runMigrations(config);
  const added = await seedDemo(config);
  console.warn(
    added ? `demo data loaded (${added} rows)` : 'demo data already present: nothing added',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
