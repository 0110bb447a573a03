import 'reflect-metadata';
import {
  ConfigError,
  createDatabaseIfMissing,
  createHttpApp,
  exitOnSignals,
  loadConfig,
  runMigrations,
} from '@app/common';
import { ApiModule } from './api.module';
import { seedDemoIfEmpty } from './demo/seed-demo';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.MIGRATIONS_RUN) {
    await createDatabaseIfMissing(config.DATABASE_URL);
    await runMigrations(config);
  }
  if (config.SEED_DEMO_ON_EMPTY) await seedDemoIfEmpty(config);
  const app = await createHttpApp(ApiModule, { title: 'Linggong 零工快招 API', docs: true });
  exitOnSignals(app);
  await app.listen({ port: config.API_PORT, host: config.HOST });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
