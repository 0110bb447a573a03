import { activeBlacklistSql } from '@app/credit';

/**
 * One query for everything the eligibility rules and the score need about workers
 * and shifts: one row per (shift, worker) pair. $1 shift ids, $2 worker ids, $3 now, $4
 * true to leave out at once workers without the shift's trade (ranking: they are never
 * eligible, and the matcher weighs up to hundreds of nearby workers per wave). The
 * matcher asks for one shift and many workers; recommendations for one worker and
 * many shifts.
 *
 * - Only workers with a profile come back (the inner join): nobody else can be matched.
 * - `already_offered`: the worker has ANY offer for this shift; callers leave them
 *   out, since a retried wave must never offer the same shift twice (UNIQUE
 *   (shift_id, worker_id) backs this).
 * - `busy`: a live assignment whose period overlaps the shift's window — the same
 *   test as the exclusion constraint that guards booking.
 * - `completed`, `no_shows` and the ratings (only those received as a worker, on
 *   assignments they worked) come from worker_stats, which triggers keep current with
 *   every change (migration WorkerStats): one primary-key read per candidate instead of
 *   counting their whole history on every wave. No row yet means no history. The
 *   average divides as numeric, as avg() did, so the score sees the same number.
 * - `blacklisted`: the account flag, or a blacklist entry in force at $3 (the Clock's
 *   now: not lifted, indefinite or not yet past `until`), so an entry stops blocking
 *   the moment it expires or is lifted (联合惩戒, clause 十八).
 */
export const CANDIDATE_FACTS_SQL = `
SELECT s.id AS shift_id,
       u.id AS worker_id,
       u.credit_score,
       (u.blacklisted OR EXISTS (
          SELECT 1 FROM blacklist_entries b
           WHERE b.user_id = u.id AND ${activeBlacklistSql('b', '$3::timestamptz')})) AS blacklisted,
       u.id = s.employer_id AS own_shift,
       p.certificates,
       p.availability,
       p.max_travel_km,
       p.min_pay_unit,
       p.min_pay_fen,
       COALESCE((SELECT json_agg(json_build_object('code', wt.trade_code, 'level', wt.level))
                 FROM worker_trades wt WHERE wt.user_id = u.id), '[]'::json) AS trades,
       (SELECT max(o.created_at) FROM offers o WHERE o.worker_id = u.id) AS last_offer_at,
       COALESCE(ws.completed, 0) AS completed,
       COALESCE(ws.no_shows, 0) AS no_shows,
       (ws.rating_sum::numeric / NULLIF(ws.rating_count, 0))::float8 AS rating_average,
       COALESCE(ws.rating_count, 0) AS rating_count,
       EXISTS (SELECT 1 FROM employer_favourites f
               WHERE f.employer_id = s.employer_id AND f.worker_id = u.id) AS favourite,
       EXISTS (SELECT 1 FROM assignments a
               WHERE a.worker_id = u.id
                 AND a.status IN ('pending_confirm', 'confirmed', 'checked_in')
                 AND a.period && tstzrange(s.starts_at, s.ends_at)) AS busy,
       EXISTS (SELECT 1 FROM offers o WHERE o.shift_id = s.id AND o.worker_id = u.id) AS already_offered
FROM shifts s
JOIN users u ON u.id = ANY($2::uuid[])
JOIN worker_profiles p ON p.user_id = u.id
LEFT JOIN worker_stats ws ON ws.user_id = u.id
WHERE s.id = ANY($1::uuid[])
  AND ($4::boolean IS NOT TRUE OR EXISTS (
        SELECT 1 FROM worker_trades held WHERE held.user_id = u.id AND held.trade_code = s.trade_code))`;

export interface CandidateFactsRow {
  shift_id: string;
  worker_id: string;
  credit_score: number;
  blacklisted: boolean;
  own_shift: boolean;
  certificates: string[];
  availability: { weekday: number; from: string; to: string }[];
  max_travel_km: number;
  min_pay_unit: 'hour' | 'day' | 'piece' | null;
  min_pay_fen: number | null;
  trades: { code: string; level: number }[];
  last_offer_at: Date | null;
  completed: number;
  no_shows: number;
  rating_average: number | null;
  rating_count: number;
  favourite: boolean;
  busy: boolean;
  already_offered: boolean;
}
