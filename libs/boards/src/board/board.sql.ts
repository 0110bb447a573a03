import { nearSql } from '@app/common';

/**
 * SQL of the board queries. A board shows the shifts posted to its market plus
 * those whose site lies within BOARD_RADIUS_KM of it; the radius test is the
 * earthdistance box that the GiST indexes (shifts_geo_idx, markets_location_idx)
 * answer, the market link is shifts_market_idx.
 *
 * `point` is SQL for the market's coordinates and id: parameters for one board,
 * or columns of `m` when many markets are looked at in one statement.
 */
export interface BoardPoint {
  lat: string;
  lng: string;
  radiusM: string;
  marketId: string;
}

/** `s` (a shift) is on the board of `point`: posted to it or within its radius. */
export function onBoardSql(point: BoardPoint): string {
  const near = nearSql('s', { lat: point.lat, lng: point.lng, radiusM: point.radiusM });
  return `(s.market_id = ${point.marketId} OR (${near.within}))`;
}

/** Columns of a shift card (BoardShiftRow); needs `s`, `ep` (employer) and `t` (trade). */
export const BOARD_SHIFT_COLUMNS = `s.id, s.status, s.title, s.trade_code, t.name_zh AS trade_name_zh,
  t.name_en AS trade_name_en, s.pay_unit, s.pay_fen, s.starts_at, s.ends_at, s.headcount, s.filled,
  s.district, s.lat, s.lng, s.market_id, s.instant, ep.name AS employer_name, ep.kind AS employer_kind`;

export const BOARD_SHIFT_JOINS = `JOIN employer_profiles ep ON ep.user_id = s.employer_id
  JOIN trades t ON t.code = s.trade_code`;

/** Statuses of a match that stands (or was worked): the ticker and filledToday count these. */
export const MATCHED_STATUSES = `('pending_confirm', 'confirmed', 'checked_in', 'completed')`;

/**
 * Open cards of one board, nearest first. Parameters: $1 lat, $2 lng, $3 radius (m),
 * $4 market id, $5 now, $6 limit.
 */
export const SNAPSHOT_SHIFTS_SQL = (() => {
  const point = {
    lat: '$1::float8',
    lng: '$2::float8',
    radiusM: '$3::float8',
    marketId: '$4::uuid',
  };
  const distance = nearSql('s', point).distanceKm;
  return `SELECT ${BOARD_SHIFT_COLUMNS}
    FROM shifts s ${BOARD_SHIFT_JOINS}
    WHERE ${onBoardSql(point)}
      AND s.status = 'open' AND s.filled < s.headcount AND s.ends_at > $5::timestamptz
    ORDER BY ${distance}, s.starts_at, s.id
    LIMIT $6::int`;
})();

/** The latest matches on one board's shifts. Same $1–$4 as above, $5 limit. */
export const SNAPSHOT_TICKER_SQL = `SELECT a.id AS assignment_id, a.created_at, wp.name AS worker_name,
    t.name_zh AS trade_name_zh, s.title
  FROM shifts s
  JOIN assignments a ON a.shift_id = s.id AND a.status IN ${MATCHED_STATUSES}
  JOIN trades t ON t.code = s.trade_code
  LEFT JOIN worker_profiles wp ON wp.user_id = a.worker_id
  WHERE ${onBoardSql({ lat: '$1::float8', lng: '$2::float8', radiusM: '$3::float8', marketId: '$4::uuid' })}
  ORDER BY a.created_at DESC, a.id DESC
  LIMIT $5::int`;

/**
 * Today's counters of the board at `point`, as a subquery yielding one row.
 * `day` names the parameters of today's start and end (Asia/Shanghai). A shift
 * that ended before yesterday cannot be posted, taken or worked today, so the
 * scan keeps to recent shifts whatever the board's history.
 */
export function countersSql(point: BoardPoint, day: { start: string; end: string }): string {
  return `WITH board AS (
      SELECT s.id, s.created_at FROM shifts s
      WHERE ${onBoardSql(point)} AND s.ends_at > ${day.start}::timestamptz - interval '1 day'
    )
    SELECT
      (SELECT count(*) FROM board b
        WHERE b.created_at >= ${day.start}::timestamptz AND b.created_at < ${day.end}::timestamptz)::int
        AS posted_today,
      (SELECT count(*) FROM board b JOIN assignments a ON a.shift_id = b.id
        WHERE a.status IN ${MATCHED_STATUSES}
          AND a.created_at >= ${day.start}::timestamptz AND a.created_at < ${day.end}::timestamptz)::int
        AS filled_today,
      (SELECT count(*) FROM board b JOIN assignments a ON a.shift_id = b.id
        WHERE a.status = 'checked_in')::int AS on_duty_now`;
}

/** One board's counters. $1–$4 as above, $5 day start, $6 day end. */
export const SNAPSHOT_COUNTERS_SQL = countersSql(
  { lat: '$1::float8', lng: '$2::float8', radiusM: '$3::float8', marketId: '$4::uuid' },
  { start: '$5', end: '$6' },
);

/**
 * Everything a batch of events needs for its board deltas, in ONE statement (no
 * transaction of its own, one round trip): $1 the shift ids and $2 the assignment ids the
 * events name, $3 the board radius (m), $4/$5 today's start and end (Asia/Shanghai), $6 now.
 * One row per result, `kind` saying which:
 * - `shift`: a shift's card columns (BOARD_SHIFT_COLUMNS);
 * - `match`: an assignment's ticker columns with its shift's place;
 * - `board`: a listed market whose board shows any of those places, with its counters;
 *   `places` lists the 1-based positions it shows, shifts first (in `shift` row order,
 *   which is `i`), then matches.
 * A board also shows the shifts attached to a job fair running there now ($6), wherever
 * they are. Rows come back as JSON (`row`), so timestamps are ISO strings.
 */
export const BOARD_DELTA_SOURCES_SQL = (() => {
  const nearPlace = nearSql('m', { lat: 'p.lat', lng: 'p.lng', radiusM: '$3::float8' });
  const counters = countersSql(
    { lat: 'm.lat', lng: 'm.lng', radiusM: '$3::float8', marketId: 'm.id' },
    { start: '$4', end: '$5' },
  );
  return `WITH shift_rows AS (
      SELECT ${BOARD_SHIFT_COLUMNS}, s.id AS shift_id
        FROM shifts s ${BOARD_SHIFT_JOINS} WHERE s.id = ANY($1::uuid[])
    ), match_rows AS (
      SELECT a.id AS assignment_id, a.created_at, wp.name AS worker_name,
             t.name_zh AS trade_name_zh, s.title, s.lat, s.lng, s.market_id, s.id AS shift_id
        FROM assignments a
        JOIN shifts s ON s.id = a.shift_id
        JOIN trades t ON t.code = s.trade_code
        LEFT JOIN worker_profiles wp ON wp.user_id = a.worker_id
       WHERE a.id = ANY($2::uuid[])
    ), shift_places AS (
      SELECT r.*, row_number() OVER (ORDER BY r.shift_id) AS i FROM shift_rows r
    ), match_places AS (
      SELECT r.*, (SELECT count(*) FROM shift_rows) + row_number() OVER (ORDER BY r.assignment_id) AS i
        FROM match_rows r
    ), places AS (
      SELECT lat, lng, market_id, shift_id, i FROM shift_places
      UNION ALL SELECT lat, lng, market_id, shift_id, i FROM match_places
    ), hits AS (
      SELECT m.id, array_agg(p.i ORDER BY p.i) AS places
      FROM places p
      JOIN markets m ON m.status = 'listed' AND (
        m.id = p.market_id OR (${nearPlace.within}) OR EXISTS (
          SELECT 1 FROM fair_shifts fs JOIN fairs f ON f.id = fs.fair_id
          WHERE fs.shift_id = p.shift_id AND f.market_id = m.id AND f.status = 'scheduled'
            AND f.starts_at <= $6::timestamptz AND f.ends_at > $6::timestamptz))
      GROUP BY m.id
    ), boards AS (
      SELECT m.id, m.lat, m.lng, h.places, c.posted_today, c.filled_today, c.on_duty_now
      FROM hits h
      JOIN markets m ON m.id = h.id
      CROSS JOIN LATERAL (${counters}) c
    )
    SELECT 'shift' AS kind, to_json(r) AS row, r.i FROM shift_places r
    UNION ALL SELECT 'match', to_json(r), r.i FROM match_places r
    UNION ALL SELECT 'board', to_json(b), 0 FROM boards b
    ORDER BY 1, 3`;
})();
