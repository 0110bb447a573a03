import { ErrorCode } from '@app/contracts';
import { AppException } from '../errors/app.exception';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Cursors are opaque to clients: base64url of the sort key of the last row served. */
export function encodeCursor(key: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor<K extends Record<string, string | number>>(
  cursor: string,
  fields: { [P in keyof K]: 'string' | 'number' },
): K {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    for (const [field, type] of Object.entries(fields)) {
      if (typeof parsed[field] !== type) throw new Error(field);
    }
    return parsed as K;
  } catch {
    throw AppException.forField(ErrorCode.INVALID_CURSOR, 'cursor', {
      zh: '分页游标无效',
      en: 'not a cursor this list gave out',
    });
  }
}

/** Fetch limit+1 rows, serve `limit`, and make a cursor from the last one served. */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  map: (row: R) => T,
  keyOf: (row: R) => Record<string, string | number>,
): Page<T> {
  const served = rows.slice(0, limit);
  const last = served[served.length - 1];
  return {
    items: served.map(map),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
