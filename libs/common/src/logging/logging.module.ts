import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { maskPhonesDeep, maskPhonesInText } from '../privacy/mask';

/**
 * JSON logs through pino. Every request gets an id (from X-Request-Id or a new
 * one, echoed back); phone numbers are masked in every line, and secrets redacted.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          genReqId: (req: IncomingMessage) => req.id ?? randomUUID(),
          redact: {
            paths: [
              'req.headers.authorization',
              'req.headers.cookie',
              '*.code',
              '*.refreshToken',
              '*.accessToken',
            ],
            censor: '[redacted]',
          },
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: maskPhonesInText(req.url),
            }),
          },
          formatters: {
            log: (object: Record<string, unknown>) =>
              maskPhonesDeep(object) as Record<string, unknown>,
          },
          hooks: {
            logMethod(args: unknown[], method: (...a: unknown[]) => void) {
              method.apply(
                this,
                args.map((a) => (typeof a === 'string' ? maskPhonesInText(a) : a)),
              );
            },
          },
          autoLogging: {
            ignore: (req: IncomingMessage) => req.url === '/health' || req.url === '/metrics',
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
