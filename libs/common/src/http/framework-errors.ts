import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode } from '@app/contracts';
import { ERROR_CATALOG } from '../errors/error-catalog';
import { type Language, pickLanguage } from '../i18n/language';

/** The contract's error body for a refusal that happens before Nest sees the request. */
function errorBody(code: ErrorCode, lang: Language): string {
  const entry = ERROR_CATALOG[code];
  return JSON.stringify({ error: { code, message: entry[lang], details: [] } });
}

/**
 * Fastify's router refuses a URL that is not valid percent-encoding (400) or a
 * path parameter over `maxParamLength` (414) itself, in a shape of its own;
 * these answer in the contract's shape.
 */
export function frameworkErrors(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const code =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? ErrorCode.URI_TOO_LONG
      : ErrorCode.VALIDATION_FAILED;
  void reply
    .status(ERROR_CATALOG[code].status)
    .header('content-type', 'application/json; charset=utf-8')
    .send(errorBody(code, pickLanguage(request.headers['accept-language'])));
}

/**
 * Node's HTTP parser refuses oversized headers (431), timeouts (408) and
 * malformed requests (400) before Fastify has a request; the socket gets the
 * contract's shape and is closed, as Node itself would do.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, ErrorCode.HEADERS_TOO_LARGE]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, ErrorCode.VALIDATION_FAILED]
        : [400, ErrorCode.VALIDATION_FAILED];
  const body = errorBody(code, 'zh');
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy(error);
}
