import { Clock, FixedClock } from '@app/common';
import type { SignedIn, TestApi } from '../support/test-api';
import {
  employerWithProfile,
  northOfCentre,
  postShift,
  shiftBody,
  workerWithProfile,
} from '../listings/listings-factory';
import { GRAB_BODY } from '../support/grab-body';

/** Moves the API's fixed clock (tests boot with CLOCK_FIXED_AT). */
export function setClock(api: TestApi, at: Date): void {
  (api.app.get(Clock) as FixedClock).set(at);
}

/** An employer with a profile and one shift posted by them; `overrides` change the POST body. */
export async function employerAndShift(
  api: TestApi,
  now: Date,
  overrides: Record<string, unknown> = {},
): Promise<{ employer: SignedIn; shift: any }> {
  const employer = await employerWithProfile(api);
  const shift = await postShift(api, employer.token, shiftBody(now, overrides));
  return { employer, shift };
}

/** `count` workers with profiles (trades loader and mover), created a few at a time. */
export async function workers(
  api: TestApi,
  count: number,
  overrides: Record<string, unknown> = {},
): Promise<SignedIn[]> {
  const made: SignedIn[] = [];
  for (let i = 0; i < count; i += 20) {
    const batch = Array.from({ length: Math.min(20, count - i) }, () =>
      workerWithProfile(api, overrides),
    );
    made.push(...(await Promise.all(batch)));
  }
  return made;
}

/**
 * One worker per distance, online (HTTP presence) that many km north of the centre, where
 * factory shifts are; always available and willing to travel 50 km, so distance alone ranks
 * them. In the order given.
 */
export async function onlineWorkersNorth(api: TestApi, kms: number[]): Promise<SignedIn[]> {
  const crowd: SignedIn[] = [];
  for (const km of kms) {
    const worker = await workerWithProfile(api, { availability: [], maxTravelKm: 50 });
    const res = await api.post(
      '/api/v1/workers/me/presence',
      { online: true, location: northOfCentre(km) },
      { token: worker.token },
    );
    if (res.status !== 200) throw new Error(`presence: ${res.status} ${JSON.stringify(res.body)}`);
    crowd.push(worker);
  }
  return crowd;
}

/**
 * Pending offers of `shiftId` for `workerIds`, straight into the table (the wave engine
 * makes them in production); they expire `ttlSeconds` after `now`.
 */
export async function insertOffers(
  api: TestApi,
  shiftId: string,
  workerIds: string[],
  now: Date,
  ttlSeconds = 90,
): Promise<string[]> {
  const rows: { id: string; worker_id: string }[] = await api.db.query(
    `INSERT INTO offers (shift_id, worker_id, score, distance_km, expires_at)
     SELECT $1, w, '{"total": 0.5, "parts": {"distance": 0.5}}'::jsonb, 1.2, $3::timestamptz
       FROM unnest($2::uuid[]) AS w
     RETURNING id, worker_id`,
    [shiftId, workerIds, new Date(now.getTime() + ttlSeconds * 1000)],
  );
  const byWorker = new Map(rows.map((r) => [r.worker_id, r.id]));
  return workerIds.map((w) => byWorker.get(w)!);
}

export interface OutboxEvent {
  id: number;
  type: string;
  rooms: string[];
  data: any;
}

/** The outbox's current high-water mark: pass it to `eventsSince`. */
export async function lastEventId(api: TestApi): Promise<number> {
  const [row] = await api.db.query(`SELECT coalesce(max(id), 0)::int AS id FROM outbox_events`);
  return row.id;
}

/** Events recorded after `since`, in order, optionally of one type. */
export async function eventsSince(
  api: TestApi,
  since: number,
  type?: string,
): Promise<OutboxEvent[]> {
  const rows: { id: string; type: string; payload: { rooms: string[]; data: any } }[] =
    await api.db.query(
      `SELECT id, type, payload FROM outbox_events WHERE id > $1 AND ($2::text IS NULL OR type = $2)
       ORDER BY id`,
      [since, type ?? null],
    );
  return rows.map((r) => ({
    id: Number(r.id),
    type: r.type,
    rooms: r.payload.rooms,
    data: r.payload.data,
  }));
}

/** Everything a seat change could touch, to compare before and after a refused move. */
export async function seatSnapshot(api: TestApi, shiftId: string): Promise<unknown> {
  const q = (sql: string) => api.db.query(sql, [shiftId]);
  return {
    shift: await q(`SELECT status, filled, headcount, updated_at FROM shifts WHERE id = $1`),
    offers: await q(
      `SELECT id, status, close_reason, closed_at FROM offers WHERE shift_id = $1 ORDER BY id`,
    ),
    assignments: await q(
      `SELECT a.*, a.period::text AS period FROM assignments a WHERE shift_id = $1 ORDER BY id`,
    ),
    credit: await q(
      `SELECT c.user_id, c.kind, c.delta FROM credit_events c
         JOIN assignments a ON a.id = c.assignment_id WHERE a.shift_id = $1 ORDER BY c.id`,
    ),
    ratings: await q(
      `SELECT r.* FROM ratings r JOIN assignments a ON a.id = r.assignment_id WHERE a.shift_id = $1`,
    ),
    events: (await api.db.query(`SELECT count(*)::int AS n FROM outbox_events`))[0].n,
  };
}

/** An employer's shift with one worker who grabbed a seat (pending_confirm, or confirmed with `confirm`). */
export async function bookedSeat(
  api: TestApi,
  now: Date,
  opts: { shift?: Record<string, unknown>; confirm?: boolean } = {},
): Promise<{ employer: SignedIn; shift: any; worker: SignedIn; assignment: any }> {
  const { employer, shift } = await employerAndShift(api, now, opts.shift);
  const worker = await workerWithProfile(api);
  const grab = await api.post(`/api/v1/shifts/${shift.id}/grab`, GRAB_BODY, {
    token: worker.token,
  });
  if (grab.status !== 201) throw new Error(`grab: ${grab.status} ${JSON.stringify(grab.body)}`);
  let assignment = grab.body;
  if (opts.confirm) {
    const res = await api.post(`/api/v1/assignments/${assignment.id}/confirm`, undefined, {
      token: employer.token,
    });
    if (res.status !== 200) throw new Error(`confirm: ${res.status} ${JSON.stringify(res.body)}`);
    assignment = res.body;
  }
  return { employer, shift, worker, assignment };
}

export async function creditOf(
  api: TestApi,
  userId: string,
): Promise<{ score: number; events: any[] }> {
  const [user] = await api.db.query(`SELECT credit_score FROM users WHERE id = $1`, [userId]);
  const events = await api.db.query(
    `SELECT kind, delta, assignment_id FROM credit_events WHERE user_id = $1 ORDER BY created_at, id`,
    [userId],
  );
  return { score: user.credit_score, events };
}

/**
 * Checks out as the app does: reads the preview, shows it, and confirms exactly those
 * figures. Returns the check-out's answer (the preview's, when the preview is refused).
 */
export async function checkOut(
  api: TestApi,
  assignmentId: string,
  token: string,
  pieces?: number,
): Promise<{ status: number; body: any }> {
  const query = pieces === undefined ? '' : `?pieces=${pieces}`;
  const preview = await api.get(`/api/v1/assignments/${assignmentId}/check-out-preview${query}`, {
    token,
  });
  if (preview.status !== 200) return preview;
  const { checkOutAt, hours, payFen } = preview.body;
  return api.post(
    `/api/v1/assignments/${assignmentId}/check-out`,
    { checkOutAt, hours, payFen, ...(pieces === undefined ? {} : { pieces }) },
    { token },
  );
}
