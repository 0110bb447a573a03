import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { maskLogText, maskPhonesDeep } from '../privacy/mask';

/**
 * JSON logs through pino. Every request gets an id (from X-Request-Id or a new
 * one, echoed back); phone numbers are masked in every line, and secrets redacted.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // Every route, in the path syntax of Nest 11 (the library's default '*' is the old one).
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
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
              url: maskLogText(req.url),
            }),
            // The standard serializer reports null until headersSent, which Fastify's raw
            // response does not set the way Express does.
            res: (res: { statusCode: number | null; raw?: { statusCode?: number } }) => ({
              statusCode: res.raw?.statusCode ?? res.statusCode,
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
                args.map((a) => (typeof a === 'string' ? maskLogText(a) : a)),
              );
            },
          },
          autoLogging: {
            // Behind Nest's middleware mount, req.url may be cut to '/'; originalUrl is whole.
            ignore: (req: IncomingMessage & { originalUrl?: string }) =>
              /^\/(health|metrics)(\?|$)/.test(req.originalUrl ?? req.url ?? ''),
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
