/**
 * The load harness: W simulated workers (bulk SQL accounts, socket.io connections, presence
 * heartbeats, human-like accept/decline), a few employers posting instant shifts at R per
 * second over HTTP, and a board screen — everything the latency and push-vs-poll parts drive.
 *
 * Accounts: users, worker profiles and trades are inserted with SQL (setup, not measured).
 * A sample of them signs in over HTTP with the dev code (POST /api/v1/auth/login, concurrency
 * 50, timed: `signInSample`); the rest get access tokens minted here with the stack's
 * JWT_ACCESS_SECRET (the env default unless the environment sets one) and the same claims
 * `AccessTokenService.sign` puts in — signing 10k in over HTTP is setup, not what is measured.
 */
import { randomUUID } from 'node:crypto';
import { COMMITMENT_TEXTS } from '@app/commitments';
import * as jwt from 'jsonwebtoken';
import { io, Socket } from 'socket.io-client';
import { clampToBox } from '../../libs/common/src/geo/bbox';
import { DALIAN_DISTRICT_BOXES } from '../../libs/common/src/geo/dalian-districts.geo';
import { DALIAN_DISTRICT_INFO, DalianDistrict } from '../../libs/listings/src/markets/districts';
import { DEFAULT_INSTANT_WINDOW_HOURS } from '../../libs/listings/src/shifts/domain/time-window';
import { nowMs } from './histogram';
import { BenchStack, DEV_CODE, Proc } from './stack';

/** Downtown (中山, 西岗, 沙河口, 甘井子) holds most of the crowd. */
const DISTRICT_WEIGHTS: [DalianDistrict, number, number][] = [
  // district, weight, spread (km, one sigma)
  ['中山区', 0.22, 1.5],
  ['西岗区', 0.18, 1.2],
  ['沙河口区', 0.2, 1.5],
  ['甘井子区', 0.2, 3],
  ['金州区', 0.08, 3],
  ['旅顺口区', 0.04, 3],
  ['普兰店区', 0.03, 4],
  ['瓦房店市', 0.02, 4],
  ['庄河市', 0.02, 4],
  ['长海县', 0.01, 2],
];
export const BENCH_TRADES = ['loader', 'mover', 'cleaner', 'waiter', 'kitchen_helper', 'sorter'];
const KM_PER_DEGREE = (2 * Math.PI * 6378.168) / 360;

export interface Spot {
  lat: number;
  lng: number;
  district: DalianDistrict;
}

export interface BenchWorker extends Spot {
  id: string;
  phone: string;
  trades: string[];
  token: string;
  socket?: Socket;
  heartbeat?: NodeJS.Timeout;
}

export interface BenchEmployer {
  id: string;
  token: string;
  socket?: Socket;
}

export interface OfferReceipt {
  offerId: string;
  shiftId: string;
  workerId: string;
  at: number;
}

export interface CrowdOptions {
  /** Share of offers declined (the rest accepted). */
  declineShare?: number;
  /** Median and log-sigma of the human delay before answering an offer. */
  answerMedianMs?: number;
  answerSigma?: number;
  /** false: workers only receive offers and never answer (delivery-only load). */
  answer?: boolean;
  seed?: number;
}

/** A small deterministic PRNG (mulberry32) so a rerun puts people in the same places. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Crowd {
  readonly workers: BenchWorker[] = [];
  readonly employers: BenchEmployer[] = [];
  board?: Socket;
  marketId?: string;
  readonly random: () => number;

  /** Send time of each POST /shifts, by shift id (filled when the response arrives). */
  readonly postSent = new Map<string, number>();
  readonly postFailures: string[] = [];
  /** Every offer.created received (duplicates included). */
  readonly offers: OfferReceipt[] = [];
  readonly offerCount = new Map<string, number>();
  /** Accept send time by `${shiftId}:${workerId}`, and the employer's first assignment.updated. */
  readonly acceptSent = new Map<string, number>();
  readonly acceptConfirmed = new Map<string, number>();
  readonly acceptFailures = new Map<string, number>();
  /** First board.delta carrying each shift's card. */
  readonly boardSeen = new Map<string, number>();
  private readonly answers = new Set<Promise<void>>();
  /** Callers of `waitFor`, woken by each offer and each confirmed assignment. */
  private waiters: (() => void)[] = [];
  private closed = false;
  private readonly secret: string;

  constructor(
    readonly stack: BenchStack,
    readonly api: Proc,
    readonly nodes: Proc[],
    private readonly options: CrowdOptions = {},
  ) {
    this.random = rng(options.seed ?? 6);
    const secret = stack.env.JWT_ACCESS_SECRET ?? process.env.JWT_ACCESS_SECRET;
    if (!secret) throw new Error('the bench stack has no JWT_ACCESS_SECRET');
    this.secret = secret;
  }

  /** A place in Dalian, drawn from the district weights (denser downtown). */
  spot(): Spot {
    let r = this.random();
    let chosen = DISTRICT_WEIGHTS[0]!;
    for (const d of DISTRICT_WEIGHTS) {
      chosen = d;
      if ((r -= d[1]) <= 0) break;
    }
    const [district, , sigmaKm] = chosen;
    const centre = DALIAN_DISTRICT_INFO[district].centre;
    const [gx, gy] = this.gaussianPair();
    // A far tail is pulled back to the district's box, which the API checks.
    const { lat, lng } = clampToBox(DALIAN_DISTRICT_BOXES[district]!, {
      lat: centre.lat + (gy * sigmaKm) / KM_PER_DEGREE,
      lng: centre.lng + (gx * sigmaKm) / (KM_PER_DEGREE * Math.cos((centre.lat * Math.PI) / 180)),
    });
    return { lat: Number(lat.toFixed(5)), lng: Number(lng.toFixed(5)), district };
  }

  private gaussianPair(): [number, number] {
    const u = Math.max(this.random(), 1e-9);
    const v = this.random();
    const m = Math.sqrt(-2 * Math.log(u));
    return [m * Math.cos(2 * Math.PI * v), m * Math.sin(2 * Math.PI * v)];
  }

  mint(id: string, role: 'worker' | 'employer'): string {
    return jwt.sign({ sub: id, sid: randomUUID(), role }, this.secret, { expiresIn: 3600 });
  }

  /** Inserts `count` more workers (users, profiles, two trades each) in one statement each. */
  async addWorkers(count: number): Promise<BenchWorker[]> {
    const start = this.workers.length;
    const made: BenchWorker[] = [];
    for (let i = 0; i < count; i++) {
      const n = start + i;
      const a = Math.floor(this.random() * BENCH_TRADES.length);
      const b =
        (a + 1 + Math.floor(this.random() * (BENCH_TRADES.length - 1))) % BENCH_TRADES.length;
      made.push({
        id: randomUUID(),
        phone: `139${String(n).padStart(8, '0')}`,
        trades: [BENCH_TRADES[a]!, BENCH_TRADES[b]!],
        token: '',
        ...this.spot(),
      });
    }
    const db = this.stack.db();
    await db.connect();
    try {
      for (let i = 0; i < made.length; i += 5000) {
        const chunk = made.slice(i, i + 5000);
        const ids = chunk.map((w) => w.id);
        await db.query(
          `INSERT INTO users (id, phone, roles)
           SELECT id, phone, '{worker}' FROM unnest($1::uuid[], $2::text[]) AS t(id, phone)`,
          [ids, chunk.map((w) => w.phone)],
        );
        await db.query(
          `INSERT INTO worker_profiles (user_id, name, home_district, home_lat, home_lng, max_travel_km)
           SELECT id, '工人' || n, d, lat, lng, 15
           FROM unnest($1::uuid[], $2::text[], $3::float8[], $4::float8[]) WITH ORDINALITY AS t(id, d, lat, lng, n)`,
          [ids, chunk.map((w) => w.district), chunk.map((w) => w.lat), chunk.map((w) => w.lng)],
        );
        await db.query(
          `INSERT INTO worker_trades (user_id, trade_code, level)
           SELECT id, code, lvl FROM unnest($1::uuid[], $2::text[], $3::int[]) AS t(id, code, lvl)`,
          [
            chunk.flatMap((w) => [w.id, w.id]),
            chunk.flatMap((w) => w.trades),
            chunk.flatMap(() => [
              1 + Math.floor(this.random() * 5),
              1 + Math.floor(this.random() * 5),
            ]),
          ],
        );
      }
    } finally {
      await db.end();
    }
    for (const w of made) w.token = this.mint(w.id, 'worker');
    this.workers.push(...made);
    return made;
  }

  /**
   * Signs `count` of the workers in over HTTP with the dev code (concurrency 50) and keeps
   * those tokens; returns the rate, so the report can say what 10k HTTP sign-ins would cost.
   */
  async signInSample(
    count: number,
  ): Promise<{ count: number; perSecond: number; failures: number }> {
    const sample = this.workers.slice(0, count);
    let failures = 0;
    const t0 = nowMs();
    await pool(sample, 50, async (w) => {
      const res = await fetch(`${this.api.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ phone: w.phone, code: DEV_CODE, role: 'worker' }),
      });
      if (res.status !== 200 && res.status !== 201) {
        failures += 1;
        return;
      }
      w.token = ((await res.json()) as { accessToken: string }).accessToken;
    });
    const seconds = (nowMs() - t0) / 1000;
    return { count: sample.length, perSecond: sample.length / seconds, failures };
  }

  /** Employers (SQL profile, HTTP sign-in) each with a socket for assignment.updated. */
  async addEmployers(count: number): Promise<void> {
    const db = this.stack.db();
    await db.connect();
    try {
      for (let i = 0; i < count; i++) {
        const phone = `138${String(i).padStart(8, '0')}`;
        const res = await fetch(`${this.api.url}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ phone, code: DEV_CODE, role: 'employer' }),
        });
        if (!res.ok) throw new Error(`employer login ${res.status}: ${await res.text()}`);
        const session = (await res.json()) as { accessToken: string; user: { id: string } };
        await db.query(
          `INSERT INTO employer_profiles (user_id, name, kind, contact_name) VALUES ($1, $2, 'business', '王经理')`,
          [session.user.id, `大连基准物流有限公司${i}`],
        );
        const employer: BenchEmployer = { id: session.user.id, token: session.accessToken };
        employer.socket = await this.connectSocket({ token: employer.token }, i);
        employer.socket.on(
          'assignment.updated',
          (p: { shiftId: string; workerId: string; status: string }) => {
            const key = `${p.shiftId}:${p.workerId}`;
            if (p.status === 'confirmed' && !this.acceptConfirmed.has(key)) {
              this.acceptConfirmed.set(key, nowMs());
              this.wake();
            }
          },
        );
        this.employers.push(employer);
      }
    } finally {
      await db.end();
    }
  }

  /** A listed market downtown (中山区) and a board socket on it. */
  async addBoard(): Promise<void> {
    const db = this.stack.db();
    await db.connect();
    try {
      const centre = DALIAN_DISTRICT_INFO['中山区'].centre;
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO markets (kind, name, district, address, lat, lng)
         VALUES ('market', '基准劳务市场', '中山区', '大连市中山区人民路 1 号', $1, $2) RETURNING id`,
        [centre.lat, centre.lng],
      );
      this.marketId = rows[0]!.id;
    } finally {
      await db.end();
    }
    this.board = await this.connectSocket({ board: this.marketId }, 0);
    this.board.on(
      'board.delta',
      (d: { kind: string; shift?: { shiftId: string; removed?: boolean } }) => {
        const id = d.kind === 'shift' && d.shift && !d.shift.removed ? d.shift.shiftId : undefined;
        if (id && !this.boardSeen.has(id)) this.boardSeen.set(id, nowMs());
      },
    );
  }

  private connectSocket(auth: Record<string, unknown>, i: number): Promise<Socket> {
    const node = this.nodes[i % this.nodes.length]!;
    const socket = io(node.url, {
      transports: ['websocket'],
      auth,
      reconnectionDelay: 500,
      forceNew: true,
    });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('socket connect timeout')), 30_000);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve(socket);
      });
      socket.once('connect_error', (e: Error & { data?: unknown }) => {
        clearTimeout(timer);
        socket.close();
        reject(new Error(`connect_error ${e.message} ${JSON.stringify(e.data)}`));
      });
    });
  }

  /**
   * Connects workers [from, to) (concurrency 200), sends a first presence at once and then
   * every ~30 s (phase spread at random), and answers offers after a lognormal delay.
   */
  async connectWorkers(from: number, to: number): Promise<{ seconds: number; failed: number }> {
    const t0 = nowMs();
    let failed = 0;
    await pool(this.workers.slice(from, to), 200, async (w, i) => {
      try {
        w.socket = await this.connectSocket({ token: w.token }, from + i);
      } catch {
        failed += 1;
        return;
      }
      w.socket.on('offer.created', (p: { offerId: string; shift: { id: string } }) =>
        this.onOffer(w, p),
      );
      await this.presence(w);
      const first = this.random() * 30_000;
      w.heartbeat = setTimeout(() => {
        void this.presence(w);
        w.heartbeat = setInterval(() => void this.presence(w), 30_000);
      }, first);
    });
    return { seconds: (nowMs() - t0) / 1000, failed };
  }

  private presence(w: BenchWorker): Promise<void> {
    return new Promise((resolve) => {
      if (!w.socket?.connected) return resolve();
      w.socket.timeout(10_000).emit('presence', { lat: w.lat, lng: w.lng }, () => resolve());
    });
  }

  private onOffer(w: BenchWorker, p: { offerId: string; shift: { id: string } }): void {
    const at = nowMs();
    const seen = this.offerCount.get(p.offerId) ?? 0;
    this.offerCount.set(p.offerId, seen + 1);
    this.offers.push({ offerId: p.offerId, shiftId: p.shift.id, workerId: w.id, at });
    this.wake();
    if (seen > 0 || this.closed || this.options.answer === false) return;
    const decline = this.random() < (this.options.declineShare ?? 0.2);
    const median = this.options.answerMedianMs ?? 2000;
    const sigma = this.options.answerSigma ?? 0.35;
    const delay = Math.min(8000, median * Math.exp(sigma * this.gaussianPair()[0]));
    const answer = new Promise<void>((resolve) => setTimeout(resolve, delay)).then(async () => {
      if (this.closed) return;
      await this.answerOffer(w, { offerId: p.offerId, shiftId: p.shift.id }, decline);
    });
    this.answers.add(answer);
    void answer.finally(() => this.answers.delete(answer));
  }

  /** Accepts or declines an offer over HTTP; an accept is tracked as a seat claim. */
  async answerOffer(
    w: BenchWorker,
    offer: { offerId: string; shiftId: string },
    decline = false,
  ): Promise<boolean> {
    const path = `/api/v1/offers/${offer.offerId}/${decline ? 'decline' : 'accept'}`;
    if (!decline) return this.claimSeat(w, offer.shiftId, path, '');
    return isOk(await this.postAs(w, path));
  }

  /** Grabs a seat (抢单, naming the 抢单承诺 version), tracked as a seat claim. */
  grab(w: BenchWorker, shiftId: string): Promise<boolean> {
    const body = { commitmentVersion: COMMITMENT_TEXTS.grab.version };
    return this.claimSeat(w, shiftId, `/api/v1/shifts/${shiftId}/grab`, 'grab ', body);
  }

  /**
   * Its send time is kept (acceptSent) until the employer's assignment.updated; a refusal is
   * counted in acceptFailures under `label` + status, a request that got no answer is not.
   */
  private async claimSeat(
    w: BenchWorker,
    shiftId: string,
    path: string,
    label: string,
    body?: unknown,
  ): Promise<boolean> {
    const key = `${shiftId}:${w.id}`;
    this.acceptSent.set(key, nowMs());
    const status = await this.postAs(w, path, body);
    if (isOk(status)) return true;
    this.acceptSent.delete(key);
    if (status) {
      const reason = `${label}${status}`;
      this.acceptFailures.set(reason, (this.acceptFailures.get(reason) ?? 0) + 1);
    }
    return false;
  }

  /** POSTs to the API as `w`: the status, or 0 when no answer came. */
  private async postAs(w: BenchWorker, path: string, body?: unknown): Promise<number> {
    try {
      const res = await fetch(`${this.api.url}${path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${w.token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      await res.arrayBuffer();
      return res.status;
    } catch {
      return 0;
    }
  }

  /** A POST /shifts body: an instant, auto-confirmed shift soon, near a worker-like spot. */
  shiftBody(): Record<string, unknown> {
    const s = this.spot();
    const now = Date.now();
    // An instant shift must start within INSTANT_WINDOW_HOURS of posting (the stack's default).
    const earliest = now + 5 * 60_000;
    const latest = now + DEFAULT_INSTANT_WINDOW_HOURS * 3_600_000 - 2 * 60_000;
    const startsAt = earliest + this.random() * (latest - earliest);
    return {
      title: `冻品装卸 ${Math.floor(this.random() * 1e6)}`,
      tradeCode: BENCH_TRADES[Math.floor(this.random() * BENCH_TRADES.length)],
      description: '基准测试',
      location: { lat: s.lat, lng: s.lng, address: '大连市基准路 1 号', district: s.district },
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + 3_600_000).toISOString(),
      pay: { unit: 'hour', amountFen: 3000 },
      headcount: 1 + Math.floor(this.random() * 2),
      requirements: { certificates: [], minCredit: 0 },
      instant: true,
      autoConfirm: true,
    };
  }

  /** Posts one shift; its send time is kept by shift id. */
  async post(
    employer = this.employers[Math.floor(this.random() * this.employers.length)]!,
    shift: Record<string, unknown> = this.shiftBody(),
  ): Promise<string | undefined> {
    const body = JSON.stringify(shift);
    const t0 = nowMs();
    try {
      const res = await fetch(`${this.api.url}/api/v1/shifts`, {
        method: 'POST',
        headers: { authorization: `Bearer ${employer.token}`, 'content-type': 'application/json' },
        body,
      });
      const json = (await res.json()) as { id?: string };
      if (res.status !== 201 || !json.id) {
        this.postFailures.push(`${res.status} ${JSON.stringify(json).slice(0, 200)}`);
        return undefined;
      }
      this.postSent.set(json.id, t0);
      return json.id;
    } catch (error) {
      this.postFailures.push(String(error));
      return undefined;
    }
  }

  /**
   * Open-loop posting at `rate` per second for `seconds` (sends on schedule, whatever the
   * answers; at most `maxInFlight` outstanding). Returns the ids posted and the rate achieved.
   */
  async postAt(
    rate: number,
    seconds: number,
    maxInFlight = 400,
  ): Promise<{ ids: string[]; achieved: number; skipped: number }> {
    const ids: string[] = [];
    const inFlight = new Set<Promise<void>>();
    const total = Math.max(1, Math.round(rate * seconds));
    const t0 = nowMs();
    let skipped = 0;
    for (let i = 0; i < total; i++) {
      const due = t0 + (i * 1000) / rate;
      const wait = due - nowMs();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      if (inFlight.size >= maxInFlight) {
        skipped += 1;
        continue;
      }
      const p = this.post().then((id) => {
        if (id) ids.push(id);
      });
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
    }
    await Promise.all(inFlight);
    const elapsed = (nowMs() - t0) / 1000;
    return { ids, achieved: ids.length / elapsed, skipped };
  }

  /** Resolves when `done()` holds or after `timeoutMs` (whatever is missing then counts as lost). */
  async waitFor(done: () => boolean, timeoutMs: number): Promise<boolean> {
    const deadline = nowMs() + timeoutMs;
    while (!done()) {
      const left = deadline - nowMs();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return true;
  }

  /** Wakes `waitFor` to check its condition again (an event came in). */
  private wake(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Waits for the answers (accept/decline) still pending. */
  async settleAnswers(timeoutMs = 15_000): Promise<void> {
    await Promise.race([
      Promise.all([...this.answers]),
      new Promise((r) => setTimeout(r, timeoutMs)),
    ]);
  }

  connectedWorkers(): number {
    return this.workers.filter((w) => w.socket?.connected).length;
  }

  close(): void {
    this.closed = true;
    for (const w of this.workers) {
      if (w.heartbeat) {
        clearTimeout(w.heartbeat);
        clearInterval(w.heartbeat);
      }
      w.socket?.close();
    }
    for (const e of this.employers) e.socket?.close();
    this.board?.close();
  }
}

const isOk = (status: number) => status >= 200 && status < 300;

/** Runs `fn` over `items` with at most `limit` at a time. */
export async function pool<T>(
  items: T[],
  limit: number,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  });
  await Promise.all(lanes);
}
