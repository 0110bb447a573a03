import 'reflect-metadata';
import {
  ConfigError,
  createDatabaseIfMissing,
  loadConfig,
  revertMigrations,
  runMigrations,
} from '@app/common';

/** `npm run migrate` applies pending migrations; `npm run migrate:revert [-- --steps N]` undoes the last N. */
async function main(argv: string[]): Promise<void> {
  const config = loadConfig();
  if (argv.includes('--revert')) {
    const stepsArg = argv[argv.indexOf('--steps') + 1];
    const steps = argv.includes('--steps') ? Number(stepsArg) : 1;
    if (!Number.isInteger(steps) || steps < 1)
      throw new ConfigError('--steps must be a positive integer');
    await revertMigrations(config, steps);
    console.warn(`reverted ${steps} migration(s)`);
    return;
  }
  if (await createDatabaseIfMissing(config.DATABASE_URL)) console.warn('created the database');
  const applied = await runMigrations(config);
  console.warn(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
