import { createHash } from 'node:crypto';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { from, Observable, of, throwError } from 'rxjs';
import { catchError, mergeMap } from 'rxjs/operators';
import { ErrorCode } from '@app/contracts';
import { AppException } from '../errors/app.exception';
import { IDEMPOTENT_IN_TRANSACTION, idempotencyContext } from './idempotency-context';
import { IdempotencyStore } from './idempotency.store';

const HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\w.:-]{1,128}$/;
const WAIT_STEP_MS = 50;
const WAIT_LIMIT_MS = 10_000;

/**
 * Honours the Idempotency-Key header: the first request with a key runs; a retry
 * with the same key and body gets the stored answer and causes no second effect;
 * a retry that arrives while the first is still running waits for its answer.
 * Keys are scoped per user and route, so two users' keys never meet.
 *
 * Routes marked in-transaction hand the key to their service instead, which records
 * it with the effect (idempotentTransaction); the others claim it here before the
 * handler and store the answer after it.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: { id: string } }>();
    const header = request.headers[HEADER];
    if (header === undefined) return next.handle();
    const key = Array.isArray(header) ? header[0] : header;
    if (!key || !KEY_PATTERN.test(key)) {
      return throwError(() =>
        AppException.forField(ErrorCode.VALIDATION_FAILED, 'Idempotency-Key', {
          zh: '幂等键须为 1–128 个字母、数字或 ._:-',
          en: 'must be 1–128 letters, digits or ._:-',
        }),
      );
    }
    const scope = `${request.user?.id ?? 'anonymous'} ${request.method} ${request.routeOptions.url}`;
    const hash = createHash('sha256')
      .update(`${request.url}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');

    if (this.reflector.get<boolean>(IDEMPOTENT_IN_TRANSACTION, context.getHandler())) {
      // Subscribing runs the handler: inside run(), its service sees the key.
      return new Observable((subscriber) =>
        idempotencyContext.run({ scope, key, hash }, () => next.handle().subscribe(subscriber)),
      );
    }

    return from(this.awaitClaim(scope, key, hash)).pipe(
      mergeMap((claim) => {
        if (claim.kind === 'replay') return of(claim.response);
        return next.handle().pipe(
          mergeMap((response) =>
            from(this.store.complete(scope, key, response).then(() => response)),
          ),
          catchError((error: unknown) =>
            from(this.store.release(scope, key)).pipe(mergeMap(() => throwError(() => error))),
          ),
        );
      }),
    );
  }

  private async awaitClaim(scope: string, key: string, hash: string) {
    const deadline = Date.now() + WAIT_LIMIT_MS;
    for (;;) {
      const claim = await this.store.claim(scope, key, hash);
      if (claim.kind === 'mismatch') throw new AppException(ErrorCode.IDEMPOTENCY_KEY_REUSED);
      if (claim.kind !== 'in_progress') return claim;
      if (Date.now() > deadline) throw new AppException(ErrorCode.CONFLICT);
      // The first request with this key is still running; its answer is ours.
      await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
    }
  }
}
