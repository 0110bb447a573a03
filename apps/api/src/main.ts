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
import { API_TITLE } from './api-document';
import { seedDemoIfEmpty } from './demo/seed-demo';
import { serveWebApp } from './web/serve-web-app';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.MIGRATIONS_RUN) {
    await createDatabaseIfMissing(config.DATABASE_URL);
    await runMigrations(config);
  }
  if (config.SEED_DEMO_ON_EMPTY) await seedDemoIfEmpty(config);
  const app = await createHttpApp(ApiModule, {
    title: API_TITLE,
    docs: true,
    beforeInit: async (nest) => {
      if (!(await serveWebApp(nest, config.WEB_DIR))) {
        console.warn(`No web app at ${config.WEB_DIR}: run \`npm run build:web\` to serve it.`);
      }
    },
  });
  exitOnSignals(app);
  await app.listen({ port: config.API_PORT, host: config.HOST });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
