import { employerWithProfile } from '../listings/listings-factory';
import type { SignedIn, TestApi } from '../support/test-api';

/**
 * Completed work, fast: shifts and completed, checked-out assignments are inserted
 * straight into the tables (driving post → grab → confirm → check in → check out
 * for dozens of records would take the test minutes and prove nothing about
 * statistics). Confirming goes through the real API.
 */
export interface RecordSpec {
  worker: SignedIn;
  employerId: string;
  /** the Shanghai work day, YYYY-MM-DD */
  day: string;
  /** Shanghai wall-clock check-in time, HH:mm (default 08:00) */
  at?: string;
  district?: string;
  trade?: string;
  minutes?: number;
  payFen?: number;
}

export async function completedRecord(api: TestApi, spec: RecordSpec): Promise<string> {
  const start = new Date(`${spec.day}T${spec.at ?? '08:00'}:00+08:00`);
  const minutes = spec.minutes ?? 240;
  const end = new Date(start.getTime() + minutes * 60_000);
  const [row] = await api.db.query(
    `WITH s AS (
       INSERT INTO shifts (employer_id, title, trade_code, lat, lng, address, district, starts_at,
                           ends_at, pay_unit, pay_fen, headcount, filled, status)
       VALUES ($1, '冷库装卸', $2, 38.914, 121.614, '大连市人民路 1 号', $3, $4, $5, 'hour', 3000, 1, 1,
               'completed')
       RETURNING id)
     INSERT INTO assignments (shift_id, worker_id, source, status, period, confirmed_at, check_in_at,
                              check_in_method, check_out_at, minutes_worked, pay_fen)
     SELECT s.id, $6, 'grab', 'completed', tstzrange($4, $5), $4, $4, 'code', $5, $7, $8 FROM s
     RETURNING id`,
    [
      spec.employerId,
      spec.trade ?? 'loader',
      spec.district ?? '中山区',
      start,
      end,
      spec.worker.id,
      minutes,
      spec.payFen ?? 12000,
    ],
  );
  return row.id;
}

/** `n` signed-in workers (no profile needed: records hang on the account). */
export async function someWorkers(api: TestApi, n: number): Promise<SignedIn[]> {
  return Promise.all(Array.from({ length: n }, () => api.signIn('worker')));
}

export async function anEmployer(api: TestApi, name = '大连港湾物流有限公司'): Promise<SignedIn> {
  return employerWithProfile(api, { name });
}

export async function currentCommitment(api: TestApi, worker: SignedIn): Promise<string> {
  const res = await api.get('/api/v1/work-record-commitment', { token: worker.token });
  if (res.status !== 200) throw new Error(`commitment: ${res.status}`);
  return res.body.version;
}

/** The worker taps "confirm all" through the API. */
export async function confirmAll(api: TestApi, worker: SignedIn, version: string): Promise<any> {
  const res = await api.post(
    '/api/v1/workers/me/work-records/confirm',
    { textVersion: version },
    { token: worker.token },
  );
  if (res.status !== 201) throw new Error(`confirm: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Parses the export: BOM stripped, rows split on CRLF, cells on commas (no quoted cells here). */
export function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((l) => l.split(','));
}
