import { Global, Module } from '@nestjs/common';
import { parseBBox } from '../geo/bbox';
import { useServiceArea } from '../geo/service-area';
import { AppConfig, loadConfig } from './app-config';

/** Injection token for the validated AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');

@Global()
@Module({
  providers: [{ provide: APP_CONFIG, useFactory: () => withServiceArea(loadConfig()) }],
  exports: [APP_CONFIG],
})
export class ConfigModule {}

/** Hands the validated SERVICE_AREA to the location validators (see useServiceArea). */
function withServiceArea(config: AppConfig): AppConfig {
  const area = parseBBox(config.SERVICE_AREA);
  if (area) useServiceArea(area);
  return config;
}
