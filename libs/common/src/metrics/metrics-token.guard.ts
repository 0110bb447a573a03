import { timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ErrorCode } from '@app/contracts';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AppException } from '../errors/app.exception';

/**
 * /metrics tells anyone who reads it how busy the service is and which routes exist:
 * with METRICS_TOKEN set it needs `Authorization: Bearer <token>`; without one it is
 * open outside production (local use, tests, the bench) and absent (404) in production.
 */
@Injectable()
export class MetricsTokenGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const token = this.config.METRICS_TOKEN;
    if (token === '') {
      if (this.config.NODE_ENV === 'production') throw new AppException(ErrorCode.NOT_FOUND);
      return true;
    }
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers.authorization;
    const given = Buffer.from(/^Bearer (.+)$/i.exec(header ?? '')?.[1] ?? '');
    const expected = Buffer.from(token);
    if (given.length === expected.length && timingSafeEqual(given, expected)) return true;
    throw new AppException(ErrorCode.UNAUTHENTICATED, {
      message: { zh: '需要监控令牌', en: 'A metrics token is required' },
    });
  }
}
