/**
 * The SQL of a worker's records. A record is a completed, checked-out assignment;
 * once confirmed, the figures shown are the ones the worker confirmed (the
 * snapshot in work_record_confirmations), which are also the ones counted.
 */

/**
 * Which assignments are records: completed, checked out, and work that took time — a
 * 0-minute job (checked in and straight out) is no work, so it is no record either.
 */
export const IS_RECORD = `a.status = 'completed' AND a.check_out_at IS NOT NULL
  AND coalesce(a.minutes_worked, 0) > 0`;

/** An employer's dispute of the hours that the worker has not settled yet. */
export const HOURS_DISPUTE_OPEN = `EXISTS (SELECT 1 FROM hours_disputes h
  WHERE h.assignment_id = a.id AND h.status = 'open')`;

/** The record's work date: the Shanghai day the worker checked in. */
export const WORK_DATE = `(a.check_in_at AT TIME ZONE 'Asia/Shanghai')::date`;

/** $1 = worker id. Further conditions are appended by the caller. */
export const RECORDS_SQL = `
  SELECT a.id,
         to_char(a.check_out_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sort_at,
         coalesce(c.work_date, ${WORK_DATE})::text AS work_date,
         a.check_in_at, a.check_out_at,
         coalesce(c.minutes_worked, a.minutes_worked, 0) AS minutes_worked,
         coalesce(c.pay_fen, a.pay_fen, 0) AS pay_fen,
         coalesce(c.district, s.district) AS district,
         coalesce(c.trade_code, s.trade_code) AS trade_code,
         t.name_zh, t.name_en, ep.name AS employer_name,
         c.text_version, c.confirmed_at, d.note AS dispute_note, d.created_at AS disputed_at,
         ${HOURS_DISPUTE_OPEN} AS hours_disputed
    FROM assignments a
    JOIN shifts s ON s.id = a.shift_id
    LEFT JOIN work_record_confirmations c ON c.assignment_id = a.id
    JOIN trades t ON t.code = coalesce(c.trade_code, s.trade_code)
    LEFT JOIN employer_profiles ep ON ep.user_id = s.employer_id
    LEFT JOIN LATERAL (
      SELECT note, created_at FROM work_record_disputes wd
       WHERE wd.assignment_id = a.id ORDER BY created_at DESC LIMIT 1
    ) d ON true
   WHERE a.worker_id = $1 AND ${IS_RECORD}`;

/** Conditions per state, on the aliases of RECORDS_SQL. */
export const STATUS_SQL = {
  confirmed: 'c.assignment_id IS NOT NULL',
  disputed: 'c.assignment_id IS NULL AND d.created_at IS NOT NULL',
  unconfirmed: 'c.assignment_id IS NULL AND d.created_at IS NULL',
} as const;

/** $1 = worker id. */
export const COUNTS_SQL = `
  SELECT count(*) FILTER (WHERE c.assignment_id IS NULL AND d.assignment_id IS NULL)::int AS unconfirmed,
         count(c.assignment_id)::int AS confirmed,
         count(*) FILTER (WHERE c.assignment_id IS NULL AND d.assignment_id IS NOT NULL)::int AS disputed
    FROM assignments a
    LEFT JOIN work_record_confirmations c ON c.assignment_id = a.id
    LEFT JOIN (SELECT DISTINCT assignment_id FROM work_record_disputes WHERE worker_id = $1) d
           ON d.assignment_id = a.id
   WHERE a.worker_id = $1 AND ${IS_RECORD}`;

/**
 * Confirms in one statement: $1 worker, $2 text version, $3 now, $4 assignment ids
 * (null: every unconfirmed record not flagged as wrong). A record whose hours the employer
 * disputes is never confirmed until the worker settles the dispute. A record confirmed twice
 * (a double tap, two phones) keeps its first confirmation.
 */
export const CONFIRM_SQL = `
  INSERT INTO work_record_confirmations
         (assignment_id, worker_id, work_date, district, trade_code, minutes_worked, pay_fen,
          text_version, confirmed_at)
  SELECT a.id, a.worker_id, ${WORK_DATE}, s.district, s.trade_code,
         coalesce(a.minutes_worked, 0), coalesce(a.pay_fen, 0), $2, $3
    FROM assignments a JOIN shifts s ON s.id = a.shift_id
   WHERE a.worker_id = $1 AND ${IS_RECORD} AND NOT ${HOURS_DISPUTE_OPEN}
     AND CASE WHEN $4::uuid[] IS NULL
              THEN NOT EXISTS (SELECT 1 FROM work_record_disputes wd WHERE wd.assignment_id = a.id)
              ELSE a.id = ANY($4::uuid[]) END
  ON CONFLICT (assignment_id) DO NOTHING
  RETURNING assignment_id`;
