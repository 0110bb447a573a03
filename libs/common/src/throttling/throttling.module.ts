import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import type Redis from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { REDIS } from '../redis/redis.module';
import { PublicReadThrottlerGuard } from './public-read.guard';

/**
 * Rate limits for public reads (PUBLIC_READ_LIMIT per PUBLIC_READ_WINDOW_SECONDS per
 * client IP). Counters live in Redis under REDIS_PREFIX (the shared client's key
 * prefix), so every API replica counts against the same budget.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, REDIS],
      useFactory: (config: AppConfig, redis: Redis) => ({
        throttlers: [
          {
            ttl: config.PUBLIC_READ_WINDOW_SECONDS * 1000,
            limit: config.PUBLIC_READ_LIMIT,
          },
        ],
        storage: new ThrottlerStorageRedisService(redis),
      }),
    }),
  ],
  providers: [PublicReadThrottlerGuard],
  exports: [PublicReadThrottlerGuard],
})
export class ThrottlingModule {}
