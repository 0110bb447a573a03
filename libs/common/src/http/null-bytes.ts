import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ErrorCode } from '@app/contracts';
import { AppException } from '../errors/app.exception';

/** The path of the first string (value or key) holding U+0000, walking without recursion. */
export function findNullByte(value: unknown, root: string): string | undefined {
  const stack: Array<[unknown, string]> = [[value, root]];
  while (stack.length) {
    const [item, path] = stack.pop()!;
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return path;
    } else if (Array.isArray(item)) {
      item.forEach((child, i) => stack.push([child, `${path}[${i}]`]));
    } else if (item && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        const childPath = path ? `${path}.${key}` : key;
        if (key.includes('\u0000')) return childPath;
        stack.push([child, childPath]);
      }
    }
  }
  return undefined;
}

/**
 * PostgreSQL cannot store U+0000 in text, and no person types one: a string
 * holding it, anywhere in the path, the query or the body, is a 400 naming the
 * field before any route runs (instead of a 500 from the database, or half a write).
 */
export function refuseNullBytes(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('preValidation', async (request) => {
      const field =
        findNullByte(request.params, '') ??
        findNullByte(request.query, '') ??
        findNullByte(request.body, '');
      if (field === undefined) return;
      throw AppException.forField(ErrorCode.VALIDATION_FAILED, field || 'body', {
        zh: '不能包含空字符 (U+0000)',
        en: 'must not contain the null character U+0000',
      });
    });
}
