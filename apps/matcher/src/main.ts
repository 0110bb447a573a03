import 'reflect-metadata';
import { ConfigError, createHttpApp, exitOnSignals, loadConfig } from '@app/common';
import { MatcherModule } from './matcher.module';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createHttpApp(MatcherModule, { title: 'Linggong matcher' });
  exitOnSignals(app);
  await app.listen({ port: config.MATCHER_PORT, host: config.HOST });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
