import { nearSql } from '@app/common';
import type { MarketKind, MarketStatus } from './market.entity';
import { cityWeekTime, previousWeekday } from './opening-hours';

/**
 * The directory query, built as one SQL statement so that every filter, openNow
 * included, is applied before LIMIT. Deciding openNow in code after fetching a page
 * would serve short or empty pages and make "is there a next page" a guess; in SQL
 * the keyset cursor stays exact.
 */
export interface MarketListFilter {
  statuses: readonly MarketStatus[];
  district?: string;
  trade?: string;
  kind?: MarketKind;
  q?: string;
  /** Keep markets that are (true) or are not (false) open at `at`. */
  openNow?: { open: boolean; at: Date };
  near?: { lat: number; lng: number; radiusKm: number };
  /** Only markets this user operates. */
  operatorId?: string;
  /** Sort key of the last row already served: by distance with `near`, else by name. */
  after?: { d: number; id: string } | { n: string; id: string };
  limit: number;
}

/** Columns named after MarketEntity's properties, so a row reads as an entity. */
const COLUMNS = `m.id, m.kind, m.name, m.district, m.address, m.lat, m.lng,
  m.opening_hours AS "openingHours", m.trades, m.contact_phone AS "contactPhone",
  m.integrity, m.status, m.description, m.created_at AS "createdAt", m.updated_at AS "updatedAt"`;

/**
 * True when a market's opening_hours hold an interval covering the given city
 * weekday and "HH:mm". The same rule as isOpenAt() (keep them in step): today's
 * intervals from `from` on, until `to` or, past midnight, the end of the day; and
 * yesterday's past-midnight intervals until their `to`. "HH:mm" compares as text
 * in the C collation exactly as the times it names.
 */
export function openAtSql(column: string, p: { weekday: string; yesterday: string; time: string }) {
  const from = `(h->>'from') COLLATE "C"`;
  const to = `(h->>'to') COLLATE "C"`;
  const time = `${p.time}::text COLLATE "C"`;
  return `EXISTS (SELECT 1 FROM jsonb_array_elements(${column}) h WHERE
    ((h->>'weekday')::int = ${p.weekday} AND ${from} <= ${time} AND (${time} < ${to} OR ${to} <= ${from}))
    OR ((h->>'weekday')::int = ${p.yesterday} AND ${to} <= ${from} AND ${time} < ${to}))`;
}

/** `%` and `_` typed by a user are letters, not wildcards. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

export function marketListSql(f: MarketListFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = [`m.status = ANY(${p(f.statuses)}::text[])`];
  if (f.district !== undefined) where.push(`m.district = ${p(f.district)}`);
  if (f.kind !== undefined) where.push(`m.kind = ${p(f.kind)}`);
  if (f.trade !== undefined) where.push(`m.trades @> ARRAY[${p(f.trade)}::text]`);
  if (f.q !== undefined && f.q.trim() !== '') {
    where.push(`m.name ILIKE ${p(likePattern(f.q.trim()))}`);
  }
  if (f.operatorId !== undefined) {
    where.push(
      `EXISTS (SELECT 1 FROM market_operators o WHERE o.market_id = m.id AND o.user_id = ${p(f.operatorId)}::uuid)`,
    );
  }
  if (f.openNow !== undefined) {
    const { weekday, time } = cityWeekTime(f.openNow.at);
    const open = openAtSql('m.opening_hours', {
      weekday: p(weekday),
      yesterday: p(previousWeekday(weekday)),
      time: p(time),
    });
    where.push(f.openNow.open ? open : `NOT ${open}`);
  }

  let distance = 'NULL::float8';
  let order = 'm.name, m.id';
  if (f.near) {
    const near = nearSql('m', {
      lat: `${p(f.near.lat)}::float8`,
      lng: `${p(f.near.lng)}::float8`,
      radiusM: `${p(f.near.radiusKm * 1000)}::float8`,
    });
    distance = near.distanceKm;
    order = `${distance}, m.id`;
    where.push(near.within);
  }
  if (f.after && 'd' in f.after) {
    where.push(`(${distance}, m.id) > (${p(f.after.d)}::float8, ${p(f.after.id)}::uuid)`);
  } else if (f.after) {
    where.push(`(m.name, m.id) > (${p(f.after.n)}::text, ${p(f.after.id)}::uuid)`);
  }

  const sql = `SELECT ${COLUMNS}, ${distance} AS "distanceKm"
    FROM markets m
    WHERE ${where.join('\n      AND ')}
    ORDER BY ${order}
    LIMIT ${p(f.limit + 1)}`;
  return { sql, params };
}
