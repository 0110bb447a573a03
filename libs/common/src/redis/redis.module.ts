import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';

/** Injection token for the shared ioredis client; every key it writes carries REDIS_PREFIX. */
export const REDIS = Symbol('REDIS');

export function createRedis(config: Pick<AppConfig, 'REDIS_URL' | 'REDIS_PREFIX'>): Redis {
  return new Redis(config.REDIS_URL, {
    keyPrefix: `${config.REDIS_PREFIX}:`,
    maxRetriesPerRequest: 3,
    lazyConnect: false,
  });
}

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createRedis(config),
    },
    RedisCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}
