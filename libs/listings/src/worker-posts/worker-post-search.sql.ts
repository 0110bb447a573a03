import { nearSql } from '@app/common';
import { sqlParams, DistanceKey, TimeKey, timeKeySql } from '../shifts/search/keyset';
import type { SearchSql } from '../shifts/search/shift-search.sql';
import type { WorkerPostStatus } from './worker-post.entity';
import { POST_COLUMNS } from './worker-post.view';

/**
 * The public search of worker posts (求职信息). Like the shift search: one statement,
 * GiST box + exact distance when `near` is given (nearest first), otherwise newest
 * first; keyset cursors on (distance, id) or (created_at, id).
 */
export interface WorkerPostFilter {
  /** Any status when missing (the owner's own list). */
  status?: WorkerPostStatus;
  /** Leave out posts whose availability ended before this instant. */
  availableAfter?: Date;
  workerId?: string;
  near?: { lat: number; lng: number; radiusKm: number };
  trade?: string;
  district?: string;
  /** Keeps posts whose availability overlaps [from, to). */
  from?: Date;
  to?: Date;
  after?: DistanceKey | TimeKey;
  limit: number;
}

export function workerPostSearchSql(f: WorkerPostFilter): SearchSql {
  const { params, p } = sqlParams();
  const where = ['true'];
  if (f.status !== undefined) where.push(`p.status = ${p(f.status)}`);
  if (f.availableAfter) where.push(`p.available_to > ${p(f.availableAfter)}::timestamptz`);
  if (f.workerId !== undefined) where.push(`p.worker_id = ${p(f.workerId)}::uuid`);
  if (f.trade !== undefined) where.push(`p.trade_codes @> ARRAY[${p(f.trade)}::text]`);
  if (f.district !== undefined) where.push(`p.district = ${p(f.district)}`);
  if (f.from) where.push(`p.available_to > ${p(f.from)}::timestamptz`);
  if (f.to) where.push(`p.available_from < ${p(f.to)}::timestamptz`);

  let distance = 'NULL::float8';
  let order = 'p.created_at DESC, p.id DESC';
  if (f.near) {
    const near = nearSql('p', {
      lat: `${p(f.near.lat)}::float8`,
      lng: `${p(f.near.lng)}::float8`,
      radiusM: `${p(f.near.radiusKm * 1000)}::float8`,
    });
    distance = near.distanceKm;
    order = `${distance}, p.id`;
    where.push(near.within);
    if (f.after && 'd' in f.after) {
      where.push(`(${distance}, p.id) > (${p(f.after.d)}::float8, ${p(f.after.id)}::uuid)`);
    }
  } else if (f.after && 't' in f.after) {
    where.push(`(p.created_at, p.id) < (${p(f.after.t)}::timestamptz, ${p(f.after.id)}::uuid)`);
  }

  const sql = `SELECT ${POST_COLUMNS}, ${distance} AS distance_km, ${timeKeySql('p.created_at')} AS sort_time
    FROM worker_posts p JOIN worker_profiles wp ON wp.user_id = p.worker_id
    WHERE ${where.join('\n      AND ')}
    ORDER BY ${order}
    LIMIT ${p(f.limit + 1)}`;
  return { sql, params };
}
