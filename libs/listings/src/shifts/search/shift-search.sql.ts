import { nearSql } from '@app/common';
import type { PayUnit } from '../domain/pay';
import type { ShiftStatus } from '../domain/shift-status';
import { SHIFT_COLUMNS } from '../shift.view';
import { DistanceKey, sqlParams, TimeKey, timeKeySql } from './keyset';

/**
 * The public shift search as one statement, every filter applied before LIMIT so
 * that pages are full and the keyset cursor is exact. With `near`, the earthdistance
 * box test lets the GiST index shifts_geo_idx pick the candidates, the exact distance
 * trims the box's corners, and rows come nearest first; otherwise soonest first.
 */
export interface ShiftSearchFilter {
  status: ShiftStatus;
  /** Leave out shifts that ended before this instant (open listings show live shifts only). */
  endsAfter?: Date;
  near?: { lat: number; lng: number; radiusKm: number };
  trade?: string;
  district?: string;
  /** Time window: keeps shifts that overlap [from, to). */
  from?: Date;
  to?: Date;
  minPayFen?: number;
  payUnit?: PayUnit;
  after?: DistanceKey | TimeKey;
  limit: number;
}

export interface SearchSql {
  sql: string;
  params: unknown[];
}

export function shiftSearchSql(f: ShiftSearchFilter): SearchSql {
  const { params, p } = sqlParams();
  const where = [`s.status = ${p(f.status)}`];
  if (f.endsAfter) where.push(`s.ends_at > ${p(f.endsAfter)}::timestamptz`);
  if (f.trade !== undefined) where.push(`s.trade_code = ${p(f.trade)}`);
  if (f.district !== undefined) where.push(`s.district = ${p(f.district)}`);
  if (f.from) where.push(`s.ends_at > ${p(f.from)}::timestamptz`);
  if (f.to) where.push(`s.starts_at < ${p(f.to)}::timestamptz`);
  if (f.minPayFen !== undefined) where.push(`s.pay_fen >= ${p(f.minPayFen)}::int`);
  if (f.payUnit !== undefined) where.push(`s.pay_unit = ${p(f.payUnit)}`);

  let distance = 'NULL::float8';
  let order = 's.starts_at, s.id';
  if (f.near) {
    const near = nearSql('s', {
      lat: `${p(f.near.lat)}::float8`,
      lng: `${p(f.near.lng)}::float8`,
      radiusM: `${p(f.near.radiusKm * 1000)}::float8`,
    });
    distance = near.distanceKm;
    order = `${distance}, s.id`;
    where.push(near.within);
    if (f.after && 'd' in f.after) {
      where.push(`(${distance}, s.id) > (${p(f.after.d)}::float8, ${p(f.after.id)}::uuid)`);
    }
  } else if (f.after && 't' in f.after) {
    where.push(`(s.starts_at, s.id) > (${p(f.after.t)}::timestamptz, ${p(f.after.id)}::uuid)`);
  }

  const sql = `SELECT ${SHIFT_COLUMNS}, ${distance} AS distance_km, ${timeKeySql('s.starts_at')} AS sort_time
    FROM shifts s JOIN employer_profiles ep ON ep.user_id = s.employer_id
    WHERE ${where.join('\n      AND ')}
    ORDER BY ${order}
    LIMIT ${p(f.limit + 1)}`;
  return { sql, params };
}

/** An employer's own shifts, newest first, any status unless one is asked for. */
export function employerShiftsSql(f: {
  employerId: string;
  status?: ShiftStatus;
  after?: TimeKey;
  limit: number;
}): SearchSql {
  const { params, p } = sqlParams();
  const where = [`s.employer_id = ${p(f.employerId)}::uuid`];
  if (f.status !== undefined) where.push(`s.status = ${p(f.status)}`);
  if (f.after) {
    where.push(`(s.created_at, s.id) < (${p(f.after.t)}::timestamptz, ${p(f.after.id)}::uuid)`);
  }
  const sql = `SELECT ${SHIFT_COLUMNS}, ${timeKeySql('s.created_at')} AS sort_time
    FROM shifts s JOIN employer_profiles ep ON ep.user_id = s.employer_id
    WHERE ${where.join('\n      AND ')}
    ORDER BY s.created_at DESC, s.id DESC
    LIMIT ${p(f.limit + 1)}`;
  return { sql, params };
}
