import { BOARD_SHIFT_COLUMNS, BOARD_SHIFT_JOINS, MATCHED_STATUSES } from '../board/board.sql';

/** The fair running at market $1 at $2 (fairs never overlap, so at most one) and the next one. */
export const FAIR_NOW_SQL = `
  (SELECT 'running' AS kind, id, title, starts_at, ends_at FROM fairs
    WHERE market_id = $1 AND status = 'scheduled' AND starts_at <= $2 AND ends_at > $2
    LIMIT 1)
  UNION ALL
  (SELECT 'next' AS kind, id, title, starts_at, ends_at FROM fairs
    WHERE market_id = $1 AND status = 'scheduled' AND starts_at > $2
    ORDER BY starts_at LIMIT 1)`;

/** Zones of fair $1 in the order they were added. */
export const FAIR_ZONES_SQL = `SELECT id, name, trade_codes FROM fair_zones
  WHERE fair_id = $1 ORDER BY created_at, id`;

/** Employers at fair $1 with their booth and zone, in booth order. */
export const FAIR_EMPLOYERS_SQL = `SELECT e.employer_id, e.zone_id, e.booth, ep.name, ep.kind
  FROM fair_employers e JOIN employer_profiles ep ON ep.user_id = e.employer_id
  WHERE e.fair_id = $1 ORDER BY e.booth`;

/**
 * Cards of the shifts shown at fair $1 on which a seat can still be taken at $2
 * (the board's own rule: open, seats left, not over), earliest first, at most $3.
 */
export const FAIR_SHIFTS_SQL = `SELECT ${BOARD_SHIFT_COLUMNS}, s.employer_id
  FROM fair_shifts fs JOIN shifts s ON s.id = fs.shift_id ${BOARD_SHIFT_JOINS}
  WHERE fs.fair_id = $1 AND s.status = 'open' AND s.filled < s.headcount AND s.ends_at > $2
  ORDER BY s.starts_at, s.id
  LIMIT $3`;

/** Seats taken between $2 and $3 (today) on the shifts shown at fair $1. */
export const FAIR_MATCHED_SQL = `SELECT count(*)::int AS n
  FROM fair_shifts fs JOIN assignments a ON a.shift_id = fs.shift_id
  WHERE fs.fair_id = $1 AND a.status IN ${MATCHED_STATUSES}
    AND a.created_at >= $2 AND a.created_at < $3`;
