import 'reflect-metadata';
import { ConfigError, createHttpApp, exitOnSignals, loadConfig } from '@app/common';
import { RealtimeModule } from './realtime.module';
import { RealtimeGateway } from './socket/realtime.gateway';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createHttpApp(RealtimeModule, { title: 'Linggong realtime' });
  await app.get(RealtimeGateway).attach(app.getHttpServer());
  exitOnSignals(app);
  await app.listen({ port: config.REALTIME_PORT, host: config.HOST });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
