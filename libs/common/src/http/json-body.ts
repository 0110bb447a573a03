import type { FastifyRequest } from 'fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ErrorCode } from '@app/contracts';
import { AppException } from '../errors/app.exception';

/** No request of ours nests deeper than a few levels; far deeper is an attack on the validator. */
export const MAX_JSON_DEPTH = 32;

/** How deep `text` nests objects and arrays, scanning it once without parsing (stops past `limit`). */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/**
 * The API's JSON body parser: Fastify's own (with its prototype-poisoning
 * checks), except that an empty body is no body — some HTTP clients send
 * `content-type: application/json` on a POST action with nothing in it — and
 * that nesting past MAX_JSON_DEPTH is a 400 before anything walks it.
 */
export function useJsonBodyParser(app: NestFastifyApplication, bodyLimit: number): void {
  const parseJson = app.getHttpAdapter().getInstance().getDefaultJsonParser('error', 'error');
  app.useBodyParser('application/json', { bodyLimit }, (request, body, done) => {
    const text = body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    if (jsonDepth(text) > MAX_JSON_DEPTH) {
      const message = {
        zh: `请求体嵌套不能超过 ${MAX_JSON_DEPTH} 层`,
        en: `the body must not nest deeper than ${MAX_JSON_DEPTH} levels`,
      };
      return done(AppException.forField(ErrorCode.VALIDATION_FAILED, 'body', message), undefined);
    }
    parseJson(request as FastifyRequest, text, done);
  });
}
