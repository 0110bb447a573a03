import { isUUID } from 'class-validator';
import { AppException, decodeCursor } from '@app/common';
import { ErrorCode } from '@app/contracts';

/**
 * Keyset cursors for the listings. A cursor holds the sort key of the last row
 * served plus its id (the tie-breaker), and the next page starts strictly after it,
 * so rows inserted between pages neither push others off a page nor repeat them.
 *   near searches:   { d: distance in km, id }   ORDER BY distance, id
 *   time ordering:   { t: timestamp, id }        ORDER BY time, id (or DESC)
 */
export interface DistanceKey {
  d: number;
  id: string;
}
export interface TimeKey {
  t: string;
  id: string;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

function invalidCursor(): AppException {
  return AppException.forField(ErrorCode.INVALID_CURSOR, 'cursor', {
    zh: '分页游标无效',
    en: 'not a cursor this list gave out',
  });
}

export function decodeDistanceKey(cursor: string): DistanceKey {
  const key = decodeCursor<{ d: number; id: string }>(cursor, { d: 'number', id: 'string' });
  if (!isUUID(key.id) || !Number.isFinite(key.d) || key.d < 0) throw invalidCursor();
  return { d: key.d, id: key.id };
}

export function decodeTimeKey(cursor: string): TimeKey {
  const key = decodeCursor<{ t: string; id: string }>(cursor, { t: 'string', id: 'string' });
  if (!isUUID(key.id) || !TIMESTAMP.test(key.t)) throw invalidCursor();
  return { t: key.t, id: key.id };
}

/**
 * A timestamp column as text with microseconds. PostgreSQL keeps microseconds and
 * a JS Date only milliseconds; a cursor built from a Date would sit slightly before
 * the row it names and serve that row again.
 */
export function timeKeySql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** Numbered parameters ($1, $2, …) collected while a statement is built. */
export function sqlParams(): { params: unknown[]; p: (value: unknown) => string } {
  const params: unknown[] = [];
  return {
    params,
    p: (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    },
  };
}

/** A listing row as the search statements return it: its id and both possible sort keys. */
export interface KeyedRow {
  id: string;
  distance_km?: number | null;
  sort_time: string;
}

/** Decodes a page cursor for a listing ordered by distance (`near`) or by time. */
export function decodeListingKey(cursor: string, near: boolean): DistanceKey | TimeKey {
  return near ? decodeDistanceKey(cursor) : decodeTimeKey(cursor);
}

/** The sort key of a listing row, for the next page's cursor. */
export function listingKey(near: boolean): (row: KeyedRow) => Record<string, string | number> {
  return (row): Record<string, string | number> =>
    near ? { d: row.distance_km!, id: row.id } : { t: row.sort_time, id: row.id };
}
