import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode } from '@app/contracts';
import { pickLanguage } from '../i18n/language';
import { AppException } from './app.exception';
import { ERROR_CATALOG } from './error-catalog';
import { fromDatabaseError } from './database-errors';

/** Statuses Nest and Fastify answer on their own, each with its code (any other 4xx is a 400). */
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  414: ErrorCode.URI_TOO_LONG,
  415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  429: ErrorCode.RATE_LIMITED,
  431: ErrorCode.HEADERS_TOO_LARGE,
};

/** Nest's own HTTP exceptions (404 route, 413 body, …) mapped to our codes. */
function fromHttpException(error: HttpException): AppException {
  const status = error.getStatus();
  const code =
    CODE_BY_STATUS[status] ?? (status >= 500 ? ErrorCode.INTERNAL : ErrorCode.VALIDATION_FAILED);
  return new AppException(code, {
    message: status < 500 ? { zh: ERROR_CATALOG[code].zh, en: error.message } : undefined,
  });
}

/** Renders every error in the contract's shape: `{ error: { code, message, details } }`. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const lang = pickLanguage(request.headers['accept-language']);

    const known =
      exception instanceof AppException
        ? exception
        : exception instanceof HttpException
          ? fromHttpException(exception)
          : fromDatabaseError(exception);

    if (!known) {
      const errorId = randomUUID();
      this.logger.error({ err: exception, errorId }, 'unhandled error');
      const entry = ERROR_CATALOG[ErrorCode.INTERNAL];
      void reply.status(500).send({
        error: { code: ErrorCode.INTERNAL, message: entry[lang], details: [], errorId },
      });
      return;
    }

    const entry = ERROR_CATALOG[known.code];
    const message = known.options.message?.[lang] ?? entry[lang];
    const details = (known.options.details ?? []).map((d) => ({
      field: d.field,
      message: d.message[lang],
    }));
    const retryAfter = known.options.retryAfterSeconds;
    if (retryAfter !== undefined)
      void reply.header('retry-after', String(Math.max(1, Math.ceil(retryAfter))));
    void reply.status(entry.status).send({ error: { code: known.code, message, details } });
  }
}
