/**
 * Issue 6 part 3, contention: many concurrent accepts and grabs over a few shifts with
 * small headcounts, against the API process over real HTTP. Counts overfilled seats,
 * double bookings and lost requests (each must be 0) and the accept p99; a second round
 * (many shifts × 1 seat, one grab each) measures seat claims per second against the
 * bare conditional seat UPDATE floor.
 */
import { Agent, request } from 'node:http';
import { COMMITMENT_TEXTS } from '@app/commitments/commitment-texts';
import type { Client } from 'pg';
import { Latency, nowMs, round } from '../lib/histogram';
import type { Part } from '../lib/part';
import type { Row } from '../lib/report';
import { BenchStack, cpuMeter, DEV_CODE, type Proc } from '../lib/stack';

const PART = 'contention';
const CENTRE = { lat: 38.914, lng: 121.614 };
const HOUR = 3_600_000;
const REQUEST_TIMEOUT_MS = 30_000;

export interface HttpAnswer {
  /** 0 when no answer came (connection error or timeout). */
  status: number;
  ms: number;
  code?: string;
  body?: unknown;
}

/** A keep-alive HTTP client with a fixed pool of sockets to one process. */
export class HttpClient {
  readonly agent: Agent;
  private readonly host: string;
  private readonly port: number;

  constructor(baseUrl: string, sockets: number) {
    const url = new URL(baseUrl);
    this.host = url.hostname;
    this.port = Number(url.port);
    this.agent = new Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  }

  send(method: string, path: string, token?: string, body?: unknown): Promise<HttpAnswer> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const headers: Record<string, string | number> = { 'content-length': payload?.length ?? 0 };
    if (payload) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const t0 = nowMs();
    return new Promise((resolve) => {
      let settled = false;
      const done = (a: Omit<HttpAnswer, 'ms'>) => {
        if (settled) return;
        settled = true;
        resolve({ ...a, ms: nowMs() - t0 });
      };
      const req = request(
        { agent: this.agent, host: this.host, port: this.port, method, path, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            let parsed: unknown;
            try {
              parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            } catch {
              parsed = undefined;
            }
            const code = (parsed as { error?: { code?: string } } | undefined)?.error?.code;
            done({ status: res.statusCode ?? 0, code, body: parsed });
          });
          res.on('error', () => done({ status: 0, code: 'RESPONSE_ERROR' }));
        },
      );
      req.setTimeout(REQUEST_TIMEOUT_MS, () => {
        req.destroy();
        done({ status: 0, code: 'TIMEOUT' });
      });
      req.on('error', (e: NodeJS.ErrnoException) => done({ status: 0, code: e.code ?? 'ERROR' }));
      req.end(payload);
    });
  }

  /** Opens `n` sockets (concurrent GET /health) so the measured burst does not pay TCP setup. */
  async warm(n: number): Promise<void> {
    await Promise.all(Array.from({ length: n }, () => this.send('GET', '/health')));
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function pool<T, R>(items: T[], limit: number, fn: (t: T, i: number) => Promise<R>) {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!, i);
      }
    }),
  );
  return out;
}

export interface BulkUser {
  id: string;
  phone: string;
}

/** `count` users with `role` (phones from `prefix`), straight into the table. */
export async function insertUsers(
  db: Client,
  count: number,
  role: 'worker' | 'employer',
  prefix: string,
): Promise<BulkUser[]> {
  const { rows } = await db.query<BulkUser>(
    `INSERT INTO users (phone, roles)
     SELECT $2 || lpad(i::text, 8, '0'), ARRAY[$3]::text[] FROM generate_series(1, $1::int) i
     RETURNING id, phone`,
    [count, prefix, role],
  );
  return rows.sort((a, b) => a.phone.localeCompare(b.phone));
}

/** Worker profiles holding `trade`, home near the centre, any time, no minimum pay. */
export async function insertWorkerProfiles(db: Client, ids: string[], trade: string) {
  await db.query(
    `INSERT INTO worker_profiles (user_id, name, home_district, home_lat, home_lng, max_travel_km)
     SELECT u, '压测工人', '中山区', $2::float8, $3::float8, 50 FROM unnest($1::uuid[]) u`,
    [ids, CENTRE.lat, CENTRE.lng],
  );
  await db.query(
    `INSERT INTO worker_trades (user_id, trade_code, level) SELECT u, $2, 3 FROM unnest($1::uuid[]) u`,
    [ids, trade],
  );
}

export async function insertEmployerProfiles(db: Client, ids: string[]) {
  await db.query(
    `INSERT INTO employer_profiles (user_id, name, kind, contact_name)
     SELECT u, '压测用工单位', 'business', '王经理' FROM unnest($1::uuid[]) u`,
    [ids],
  );
}

/** Access tokens by signing in over HTTP with the dev code (the login is not what is measured). */
export async function signIn(
  http: HttpClient,
  users: BulkUser[],
  role: 'worker' | 'employer',
  concurrency = 32,
): Promise<string[]> {
  return pool(users, concurrency, async (u) => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const res = await http.send('POST', '/api/v1/auth/login', undefined, {
        phone: u.phone,
        code: DEV_CODE,
        role,
      });
      const token = (res.body as { accessToken?: string } | undefined)?.accessToken;
      if (res.status === 200 || res.status === 201) if (token) return token;
      if (attempt === 2)
        throw new Error(`login ${u.phone}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    throw new Error('unreachable');
  });
}

/** Shifts of one employer with the given headcounts, all in the window [startsAt, +4 h). */
async function insertShifts(
  db: Client,
  employerIds: string[],
  headcounts: number[],
  startsAt: Date,
): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO shifts (employer_id, title, trade_code, lat, lng, address, district,
                         starts_at, ends_at, pay_unit, pay_fen, headcount, instant)
     SELECT t.employer, '压测岗位 ' || t.n, 'loader', $3::float8, $4::float8, '大连市中山区人民路 1 号', '中山区',
            $5::timestamptz, $5::timestamptz + interval '4 hours', 'hour', 3000, t.headcount, true
       FROM unnest($1::uuid[], $2::int[]) WITH ORDINALITY AS t(employer, headcount, n)
      ORDER BY t.n
     RETURNING id`,
    [
      headcounts.map((_, i) => employerIds[i % employerIds.length]),
      headcounts,
      CENTRE.lat,
      CENTRE.lng,
      startsAt,
    ],
  );
  return rows.map((r) => r.id);
}

const GRAB_BODY = { commitmentVersion: COMMITMENT_TEXTS.grab.version };

interface Shot {
  kind: 'accept' | 'grab';
  workerIndex: number;
  path: string;
}

interface Fired {
  shot: Shot;
  answer: HttpAnswer;
  /** ms after the burst started when the answer came. */
  at: number;
}

/** Fires every request at once and waits for every answer (or its timeout). */
async function burst(http: HttpClient, shots: Shot[], tokens: string[]) {
  const t0 = nowMs();
  const fired = await Promise.all(
    shots.map(async (shot): Promise<Fired> => {
      // A grab names the 抢单承诺 version the app showed (needed on a worker's first grab).
      const body = shot.kind === 'grab' ? GRAB_BODY : undefined;
      const answer = await http.send('POST', shot.path, tokens[shot.workerIndex], body);
      return { shot, answer, at: nowMs() - t0 };
    }),
  );
  return { fired, wallMs: nowMs() - t0 };
}

/** Overfill and double booking, straight from the tables. */
async function integrity(db: Client, shiftIds: string[]) {
  const { rows: over } = await db.query<{
    id: string;
    headcount: number;
    filled: number;
    live: number;
  }>(
    `SELECT s.id, s.headcount, s.filled,
            (SELECT count(*)::int FROM assignments a WHERE a.shift_id = s.id
               AND a.status IN ('pending_confirm', 'confirmed', 'checked_in')) AS live
       FROM shifts s WHERE s.id = ANY($1::uuid[])`,
    [shiftIds],
  );
  const overfilled = over.filter((s) => s.filled > s.headcount || s.live > s.headcount);
  const overfilledSeats = overfilled.reduce(
    (n, s) => n + Math.max(s.filled, s.live) - s.headcount,
    0,
  );
  const inconsistent = over.filter((s) => s.filled !== s.live).length;
  const { rows: doubles } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM assignments a JOIN assignments b
       ON a.worker_id = b.worker_id AND a.id < b.id AND a.period && b.period
      WHERE a.status IN ('pending_confirm', 'confirmed', 'checked_in')
        AND b.status IN ('pending_confirm', 'confirmed', 'checked_in')`,
  );
  const seats = over.reduce((n, s) => n + s.headcount, 0);
  const filled = over.reduce((n, s) => n + s.live, 0);
  return {
    shifts: over.length,
    seats,
    filled,
    overfilledShifts: overfilled.length,
    overfilledSeats,
    filledCounterMismatch: inconsistent,
    doubleBookings: doubles[0]!.n,
  };
}

function tally(fired: Fired[]) {
  const statuses: Record<string, number> = {};
  for (const f of fired) {
    const key = `${f.shot.kind} ${f.answer.status}${f.answer.code ? ` ${f.answer.code}` : ''}`;
    statuses[key] = (statuses[key] ?? 0) + 1;
  }
  const lost = fired.filter((f) => f.answer.status === 0 || f.answer.status >= 500).length;
  // 201 seat, 409 refused (full, busy, not open, expired): anything else means the bench is wrong.
  const unexpected = fired.filter(
    (f) => f.answer.status !== 0 && f.answer.status < 500 && ![201, 409].includes(f.answer.status),
  ).length;
  const claims = fired.filter((f) => f.answer.status === 201);
  return { statuses, lost, unexpected, claims: claims.length };
}

export const run: Part = async ({ quick, floors, log }) => {
  // Round 1: `requests` accepts and grabs over `shiftCount` shifts of 1–5 seats.
  const requests = quick ? 200 : 1000;
  const shiftCount = quick ? 10 : 20;
  // Round 2: many shifts × 1 seat, one grab each (the claims-per-second target).
  const manyShifts = quick ? 400 : 2000;
  // Every worker of round 1 sends two requests at once on overlapping shifts: a double
  // booking would show. Half of them hold a pending offer (accept + grab), half grab twice.
  const contenders = requests / 2;
  const workerCount = Math.max(contenders, manyShifts);
  const sockets = quick ? 400 : 1000;

  const stack = await BenchStack.create();
  const db = stack.db();
  await db.connect();
  let http: HttpClient | undefined;
  try {
    const api: Proc = await stack.start('api');
    http = new HttpClient(api.url, sockets);

    log(`${PART}: setup ${workerCount} workers, ${shiftCount} + ${manyShifts} shifts (SQL)`);
    const employers = await insertUsers(db, 20, 'employer', '138');
    await insertEmployerProfiles(
      db,
      employers.map((e) => e.id),
    );
    const workers = await insertUsers(db, workerCount, 'worker', '139');
    await insertWorkerProfiles(
      db,
      workers.map((w) => w.id),
      'loader',
    );
    const now = Date.now();
    const headcounts = Array.from({ length: shiftCount }, (_, i) => 1 + (i % 5));
    const shifts = await insertShifts(
      db,
      employers.map((e) => e.id),
      headcounts,
      new Date(now + 2 * HOUR),
    );
    // Round 2 runs a day later, so round 1's seats do not make its workers busy.
    const many = await insertShifts(
      db,
      employers.map((e) => e.id),
      new Array<number>(manyShifts).fill(1),
      new Date(now + 26 * HOUR),
    );

    // Pending offers for the first half of round 1's workers, spread over the shifts.
    const holders = Math.floor(contenders / 2);
    // Offers and first shots go to the first half of the shifts, second shots to the other
    // half: a worker can win a seat in each, which only the exclusion constraint stops.
    const half = shiftCount / 2;
    const offerShift = (i: number) => shifts[i % half]!;
    const { rows: offerRows } = await db.query<{ id: string; worker_id: string }>(
      `INSERT INTO offers (shift_id, worker_id, score, distance_km, expires_at)
       SELECT s, w, '{"total": 0.5, "parts": {"distance": 0.5}}'::jsonb, 1.2, now() + interval '10 minutes'
         FROM unnest($1::uuid[], $2::uuid[]) AS t(s, w)
       RETURNING id, worker_id`,
      [
        Array.from({ length: holders }, (_, i) => offerShift(i)),
        workers.slice(0, holders).map((w) => w.id),
      ],
    );
    const offerOf = new Map(offerRows.map((r) => [r.worker_id, r.id]));

    log(`${PART}: signing in ${workerCount} workers over HTTP`);
    const tSign = nowMs();
    const tokens = await signIn(http, workers, 'worker');
    const signInMs = nowMs() - tSign;

    // Round 1's shots: holder i accepts its offer and grabs another shift; the others grab two.
    const shots: Shot[] = [];
    for (let i = 0; i < contenders; i++) {
      const first = i % half;
      const other = shifts[half + ((i * 7) % half)]!;
      if (i < holders) {
        shots.push({
          kind: 'accept',
          workerIndex: i,
          path: `/api/v1/offers/${offerOf.get(workers[i]!.id)}/accept`,
        });
      } else {
        shots.push({ kind: 'grab', workerIndex: i, path: `/api/v1/shifts/${shifts[first]}/grab` });
      }
      shots.push({ kind: 'grab', workerIndex: i, path: `/api/v1/shifts/${other}/grab` });
    }
    // Interleave so the two shots of one worker do not leave back to back.
    shots.sort((a, b) => ((a.workerIndex * 7919) % 1009) - ((b.workerIndex * 7919) % 1009));

    await http.warm(Math.min(sockets, requests));
    log(`${PART}: round 1 — ${shots.length} requests over ${shiftCount} shifts at once`);
    const cpu1 = cpuMeter();
    const r1 = await burst(http, shots, tokens);
    const generatorCpu1 = cpu1();
    const t1 = tally(r1.fired);
    const check1 = await integrity(db, shifts);
    const acceptLat = new Latency();
    const grabLat = new Latency();
    const acceptOk = new Latency();
    for (const f of r1.fired) {
      if (f.answer.status === 0) continue;
      (f.shot.kind === 'accept' ? acceptLat : grabLat).recordMs(f.answer.ms);
      if (f.shot.kind === 'accept' && f.answer.status === 201) acceptOk.recordMs(f.answer.ms);
    }

    // Round 2: one grab per shift, each by another worker.
    const shots2: Shot[] = many.map((id, i) => ({
      kind: 'grab',
      workerIndex: i,
      path: `/api/v1/shifts/${id}/grab`,
    }));
    await http.warm(Math.min(sockets, manyShifts));
    log(`${PART}: round 2 — ${shots2.length} grabs over ${manyShifts} shifts × 1 seat at once`);
    const cpu2 = cpuMeter();
    const r2 = await burst(http, shots2, tokens);
    const generatorCpu2 = cpu2();
    const t2 = tally(r2.fired);
    const check2 = await integrity(db, many);
    const grab2Lat = new Latency();
    for (const f of r2.fired) if (f.answer.status !== 0) grab2Lat.recordMs(f.answer.ms);
    // Claims per second: seats taken over the burst, from the first send to the last answer.
    const claimsPerS = round(t2.claims / (r2.wallMs / 1000), 0);
    const claimsPerS1 = round(t1.claims / (r1.wallMs / 1000), 0);

    const seatFloor = floors.seat_update_per_s;
    const claimFloor = floors.claim_http_per_s;
    const sizeNote = quick ? `quick: ${shots.length} requests` : `${shots.length} requests`;
    const rows: Row[] = [
      {
        part: PART,
        metric: 'overfilled seats',
        value: check1.overfilledSeats + check2.overfilledSeats,
        unit: '',
        target: '0',
        met: check1.overfilledSeats + check2.overfilledSeats === 0,
        note: `${sizeNote} over ${shiftCount} shifts (${check1.seats} seats) + ${manyShifts} × 1`,
      },
      {
        part: PART,
        metric: 'double bookings',
        value: check1.doubleBookings + check2.doubleBookings,
        unit: '',
        target: '0',
        met: check1.doubleBookings + check2.doubleBookings === 0,
      },
      {
        part: PART,
        metric: 'lost requests (no answer or 5xx)',
        value: t1.lost + t2.lost,
        unit: '',
        target: '0',
        met: t1.lost + t2.lost === 0,
        note:
          t1.unexpected + t2.unexpected
            ? `${t1.unexpected + t2.unexpected} unexpected 4xx`
            : undefined,
      },
      {
        part: PART,
        metric: 'accept p99 (all answers)',
        value: acceptLat.summary().p99,
        unit: 'ms',
        note: `${acceptLat.count} accepts in a burst of ${shots.length}; p50 ${acceptLat.summary().p50} ms`,
      },
      {
        part: PART,
        metric: 'seat claims per second',
        value: claimsPerS,
        unit: '/s',
        ...(seatFloor ? { floor: { metric: 'seat_update_per_s', value: seatFloor } } : {}),
        target: '≥ 2000/s, 0 overfill',
        met: claimsPerS >= 2000 && check2.overfilledSeats === 0,
        note: `${t2.claims} grabs over ${manyShifts} shifts × 1 seat in ${round(r2.wallMs, 0)} ms; grab p99 ${grab2Lat.summary().p99} ms`,
      },
      {
        part: PART,
        metric: 'seat claims per second against a bare claim over HTTP',
        value: claimsPerS,
        unit: '/s',
        ...(claimFloor ? { floor: { metric: 'claim_http_per_s', value: claimFloor } } : {}),
        note: 'the same burst; the floor is node:http + pg + ioredis doing only the claim, so the ratio is what the framework and the rules cost',
      },
      {
        part: PART,
        metric: 'generator CPU',
        value: round(Math.max(generatorCpu1, generatorCpu2) * 100, 0),
        unit: '%',
        note: 'of one core, the busier round',
      },
    ];
    return {
      part: PART,
      rows,
      raw: {
        quick,
        round1: {
          requests: shots.length,
          shifts: shiftCount,
          headcounts,
          offerHolders: holders,
          wallMs: round(r1.wallMs),
          statuses: t1.statuses,
          lost: t1.lost,
          unexpected: t1.unexpected,
          claims: t1.claims,
          claimsPerS: claimsPerS1,
          integrity: check1,
          accept: acceptLat.summary(),
          acceptSucceeded: acceptOk.summary(),
          grab: grabLat.summary(),
          generatorCpu: round(generatorCpu1, 3),
        },
        round2: {
          requests: shots2.length,
          shifts: manyShifts,
          wallMs: round(r2.wallMs),
          statuses: t2.statuses,
          lost: t2.lost,
          unexpected: t2.unexpected,
          claims: t2.claims,
          claimsPerS,
          integrity: check2,
          grab: grab2Lat.summary(),
          generatorCpu: round(generatorCpu2, 3),
        },
        sockets,
        signIn: { workers: workerCount, ms: round(signInMs) },
        apiRssMiB: round(stack.rssMiB(api)),
        floor: seatFloor ?? null,
      },
    };
  } finally {
    http?.close();
    await db.end().catch(() => undefined);
    await stack.close();
  }
};
