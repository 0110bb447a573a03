import { createHash } from 'node:crypto';
import { applyDecorators, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { ErrorCode } from '@app/contracts';
import { AppException } from '../errors/app.exception';

/**
 * Counts public reads per client IP (as Fastify resolves it under TRUST_PROXY), in
 * one budget across every public read route, and answers over-limit requests with
 * the contract's error shape and Retry-After.
 */
@Injectable()
export class PublicReadThrottlerGuard extends ThrottlerGuard {
  protected override generateKey(
    _context: ExecutionContext,
    tracker: string,
    name: string,
  ): string {
    // Hashed: Redis keys should not list client addresses.
    return `throttle:public-read:${name}:${createHash('sha256').update(tracker).digest('hex').slice(0, 32)}`;
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new AppException(ErrorCode.RATE_LIMITED, {
      retryAfterSeconds: detail.timeToBlockExpire,
    });
  }
}

/** Marks a public read route (a board, a search, the directory) as rate-limited per IP. */
export const PublicRead = () =>
  applyDecorators(
    UseGuards(PublicReadThrottlerGuard),
    ApiTooManyRequestsResponse({
      description:
        'RATE_LIMITED: too many public reads from this client IP (PUBLIC_READ_LIMIT per ' +
        'PUBLIC_READ_WINDOW_SECONDS); Retry-After says when to try again',
    }),
  );
