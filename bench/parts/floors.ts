/**
 * Part 7 of issue 6, "Floors, side by side": the bare components the product stands on,
 * measured in the same run so that every product figure can be read as a ratio to them.
 *
 * - Redis round trip: sequential PINGs on one ioredis connection.
 * - BullMQ no-op job: throughput of a worker with the matcher's concurrency draining a
 *   queue filled with addBulk, and add → handler latency of single adds (timestamp in
 *   the payload) to an idle worker.
 * - PostgreSQL commit: BEGIN; INSERT one small row; COMMIT, sequential, on one client.
 * - Bare conditional seat UPDATE over many shifts from a pool of the API's size.
 * - The bare chain: commit a row and an outbox-like row in one transaction → Redis
 *   PUBLISH → a bare socket.io server (a child on the server CPU) → socket.io-client.
 * - The bare claim: a seat claim over HTTP with node:http, pg and ioredis only (a child on
 *   the server CPU): its CPU per claim and claims per second in a burst (lib/floor-claim.ts).
 *
 * Everything lives in a BenchStack's database and Redis prefix; stack.close() drops it.
 */
import type { ChildProcess } from 'node:child_process';
import { Job, Queue, Worker } from 'bullmq';
import Redis from 'ioredis';
import { Client, Pool } from 'pg';
import { io as connect, Socket } from 'socket.io-client';
import { FLOOR_EVENT } from '../lib/floor-chain-server';
import { bareClaim } from '../lib/floor-claim';
import { startFloorServer, stopFloorServer } from '../lib/floor-server';
import { Latency, nowMs, round } from '../lib/histogram';
import type { Floors, Part } from '../lib/part';
import type { Row } from '../lib/report';
import { BenchStack, cpuMeter, REDIS_URL, SERVER_CPUS } from '../lib/stack';

const PART = 'floors';

/** The matcher's BullMQ worker concurrency (apps/matcher/src/matcher.runner.ts). */
const MATCHER_CONCURRENCY = 4;
/** The API's pool size (libs/common/src/database/data-source-options.ts, extra.max). */
const API_POOL_SIZE = 20;
const SEAT_CONCURRENCY = 32;
const SEAT_SHIFTS = 2_000;
/** A single sample that takes longer than this is counted as lost, not waited for. */
const LOST_AFTER_MS = 2_000;

interface Sizes {
  redisPings: number;
  bullmqBulk: number;
  bullmqSingles: number;
  pgCommits: number;
  seatSeconds: number;
  chainSamples: number;
  claimSequential: number;
  claimBurst: number;
}

const QUICK: Sizes = {
  redisPings: 2_000,
  bullmqBulk: 5_000,
  bullmqSingles: 300,
  pgCommits: 300,
  seatSeconds: 2,
  chainSamples: 300,
  claimSequential: 300,
  claimBurst: 500,
};
const FULL: Sizes = {
  redisPings: 20_000,
  bullmqBulk: 50_000,
  bullmqSingles: 3_000,
  pgCommits: 3_000,
  seatSeconds: 10,
  chainSamples: 3_000,
  claimSequential: 2_000,
  claimBurst: 2_000,
};
/** Warm-up samples run (and discarded) before each latency series. */
const WARMUP = 50;

export const run: Part = async ({ quick, log }) => {
  const sizes = quick ? QUICK : FULL;
  const stack = await BenchStack.create();
  try {
    log(`floors: Redis PING × ${sizes.redisPings}`);
    const redis = await redisRoundTrip(stack, sizes.redisPings);
    log(`floors: BullMQ no-op, ${sizes.bullmqBulk} bulk + ${sizes.bullmqSingles} single adds`);
    const bullmq = await bullmqNoop(stack, sizes);
    log(`floors: PostgreSQL commit × ${sizes.pgCommits}`);
    const pg = await pgCommit(stack, sizes.pgCommits);
    log(`floors: seat UPDATE for ${sizes.seatSeconds} s`);
    const seats = await seatUpdates(stack, sizes.seatSeconds);
    log(`floors: bare chain × ${sizes.chainSamples}`);
    const chain = await bareChain(stack, sizes.chainSamples);
    log(
      `floors: bare claim over HTTP × ${sizes.claimSequential}, then ${sizes.claimBurst} at once`,
    );
    const claim = await bareClaim(stack, {
      sequential: sizes.claimSequential,
      burst: sizes.claimBurst,
    });

    const floors: Floors = {
      redis_rtt_p50_ms: redis.latency.p50,
      redis_rtt_p99_ms: redis.latency.p99,
      bullmq_noop_jobs_per_s: bullmq.throughput.jobsPerS,
      bullmq_add_to_handler_p50_ms: bullmq.addToHandler.p50,
      bullmq_add_to_handler_p99_ms: bullmq.addToHandler.p99,
      pg_commit_p50_ms: pg.latency.p50,
      pg_commit_p99_ms: pg.latency.p99,
      seat_update_per_s: seats.perS,
      chain_p50_ms: chain.latency.p50,
      chain_p99_ms: chain.latency.p99,
      claim_http_cpu_ms: claim.cpuMsPerClaim,
      claim_http_per_s: claim.burstPerS,
    };

    const row = (metric: string, value: number, unit: string, note?: string): Row => ({
      part: PART,
      metric,
      value,
      unit,
      ...(note ? { note } : {}),
    });
    const rows: Row[] = [
      row(
        'redis_rtt_p50_ms',
        floors.redis_rtt_p50_ms,
        'ms',
        `PING, sequential, n=${redis.latency.count}`,
      ),
      row('redis_rtt_p99_ms', floors.redis_rtt_p99_ms, 'ms'),
      row(
        'bullmq_noop_jobs_per_s',
        floors.bullmq_noop_jobs_per_s,
        'jobs/s',
        `${bullmq.throughput.jobs} jobs, worker concurrency ${MATCHER_CONCURRENCY}; issue: ≈5.7k`,
      ),
      row(
        'bullmq_add_to_handler_p50_ms',
        floors.bullmq_add_to_handler_p50_ms,
        'ms',
        `single adds to an idle worker, n=${bullmq.addToHandler.count}`,
      ),
      row(
        'bullmq_add_to_handler_p99_ms',
        floors.bullmq_add_to_handler_p99_ms,
        'ms',
        lostNote(bullmq.lost),
      ),
      row(
        'pg_commit_p50_ms',
        floors.pg_commit_p50_ms,
        'ms',
        `BEGIN; INSERT; COMMIT, n=${pg.latency.count}`,
      ),
      row('pg_commit_p99_ms', floors.pg_commit_p99_ms, 'ms'),
      row(
        'seat_update_per_s',
        floors.seat_update_per_s,
        'updates/s',
        `${SEAT_SHIFTS} shifts, ${SEAT_CONCURRENCY} concurrent, pool ${API_POOL_SIZE}; issue: ≈5.6k`,
      ),
      row(
        'chain_p50_ms',
        floors.chain_p50_ms,
        'ms',
        `commit+outbox → PUBLISH → socket.io → client, n=${chain.latency.count}; issue: ≈1.7 ms`,
      ),
      row(
        'chain_p99_ms',
        floors.chain_p99_ms,
        'ms',
        joinNotes('issue: ≈6.5 ms', lostNote(chain.lost)),
      ),
      row(
        'claim_http_cpu_ms',
        floors.claim_http_cpu_ms,
        'ms',
        `server CPU per seat claim over HTTP with node:http + pg + ioredis only (one transaction: seat UPDATE, assignment, outbox; then the stream), one at a time, n=${claim.sequential.count}, p50 ${claim.sequential.p50} ms`,
      ),
      row(
        'claim_http_per_s',
        floors.claim_http_per_s,
        'claims/s',
        `the same server, ${sizes.claimBurst} claims at once over ${sizes.claimBurst} one-seat shifts; overfilled ${claim.overfilled}`,
      ),
    ];
    return {
      part: PART,
      rows,
      raw: {
        floors,
        sizes,
        serverCpus: SERVER_CPUS,
        redis,
        bullmq,
        pg,
        seats,
        chain,
        claim,
      },
    };
  } finally {
    await stack.close();
  }
};

const lostNote = (lost: number) => (lost > 0 ? `${lost} lost (> ${LOST_AFTER_MS} ms)` : undefined);
const joinNotes = (...notes: (string | undefined)[]) => notes.filter(Boolean).join('; ');

/** Sequential PINGs on one connection. */
async function redisRoundTrip(stack: BenchStack, n: number) {
  const redis = stack.redis();
  try {
    for (let i = 0; i < WARMUP; i++) await redis.ping();
    const latency = new Latency();
    const cpu = cpuMeter();
    for (let i = 0; i < n; i++) {
      const t0 = nowMs();
      await redis.ping();
      latency.recordMs(nowMs() - t0);
    }
    return { latency: latency.summary(), generatorCpu: round(cpu()) };
  } finally {
    redis.disconnect();
  }
}

/**
 * A queue under the stack's prefix, with the product's job options; the worker (in
 * this process) does nothing. Throughput: the queue is filled first (addBulk, timed on
 * its own), then the worker drains it; the rate is jobs over the time from the
 * worker's start to the last `completed`. Latency: single adds, one at a time, each
 * awaited in the handler; the timestamp travels in the payload.
 */
async function bullmqNoop(stack: BenchStack, sizes: Sizes) {
  const prefix = `${stack.redisPrefix}:bull`;
  const name = 'floor-noop';
  const connections: Redis[] = [];
  const connection = () => {
    const c = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    connections.push(c);
    return c;
  };
  const queue = new Queue(name, {
    connection: connection(),
    prefix,
    defaultJobOptions: { removeOnComplete: { age: 3600 }, removeOnFail: { age: 24 * 3600 } },
  });
  let worker: Worker | undefined;
  try {
    // Throughput.
    const bulk = sizes.bullmqBulk;
    const tAdd = nowMs();
    for (let i = 0; i < bulk; i += 1_000) {
      const n = Math.min(1_000, bulk - i);
      await queue.addBulk(
        Array.from({ length: n }, (_, k) => ({ name: 'noop', data: { i: i + k } })),
      );
    }
    const addBulkMs = nowMs() - tAdd;

    let completed = 0;
    let drained!: () => void;
    const allDone = new Promise<void>((resolve) => (drained = resolve));
    const hook: { onJob?: (job: Job) => void } = {};
    worker = new Worker(
      name,
      async (job: Job) => {
        hook.onJob?.(job);
      },
      { connection: connection(), prefix, concurrency: MATCHER_CONCURRENCY, autorun: false },
    );
    worker.on('completed', () => {
      if (++completed === bulk) drained();
    });
    const cpu = cpuMeter();
    const t0 = nowMs();
    void worker.run();
    await withTimeout(allDone, 120_000, 'BullMQ bulk drain');
    const drainMs = nowMs() - t0;
    const throughputCpu = cpu();

    // add → handler latency, one job at a time.
    const latency = new Latency();
    let lost = 0;
    let waiting: { seq: number; resolve: (t: number) => void } | undefined;
    hook.onJob = (job) => {
      const data = job.data as { seq?: number };
      if (waiting && data.seq === waiting.seq) waiting.resolve(nowMs());
    };
    const cpu2 = cpuMeter();
    for (let seq = 0; seq < WARMUP + sizes.bullmqSingles; seq++) {
      const handled = new Promise<number>((resolve) => (waiting = { seq, resolve }));
      const t = nowMs();
      await queue.add('noop', { seq, t });
      const at = await timeoutOr(handled, LOST_AFTER_MS);
      if (seq < WARMUP) continue;
      if (at === undefined) lost++;
      else latency.recordMs(at - t);
    }
    return {
      throughput: {
        jobs: bulk,
        jobsPerS: Math.round((bulk / drainMs) * 1000),
        drainMs: round(drainMs),
        addBulkPerS: Math.round((bulk / addBulkMs) * 1000),
        generatorCpu: round(throughputCpu),
      },
      addToHandler: latency.summary(),
      lost,
      generatorCpu: round(cpu2()),
    };
  } finally {
    await worker?.close().catch(() => undefined);
    await queue.close().catch(() => undefined);
    for (const c of connections) c.disconnect();
  }
}

/** BEGIN; INSERT one small row; COMMIT — three round trips, as the product's transactions. */
async function pgCommit(stack: BenchStack, n: number) {
  const db = stack.db();
  await db.connect();
  try {
    await db.query(
      `CREATE TABLE floor_commits (id bigserial PRIMARY KEY, k int NOT NULL, note text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now())`,
    );
    const commitOne = async (i: number) => {
      await db.query('BEGIN');
      await db.query('INSERT INTO floor_commits (k, note) VALUES ($1, $2)', [i, 'floor']);
      await db.query('COMMIT');
    };
    for (let i = 0; i < WARMUP; i++) await commitOne(i);
    const latency = new Latency();
    const cpu = cpuMeter();
    for (let i = 0; i < n; i++) {
      const t0 = nowMs();
      await commitOne(i);
      latency.recordMs(nowMs() - t0);
    }
    return { latency: latency.summary(), generatorCpu: round(cpu()), ...(await pgSettings(db)) };
  } finally {
    await db.end();
  }
}

async function pgSettings(db: Client) {
  const { rows } = await db.query<{ name: string; setting: string }>(
    `SELECT name, setting FROM pg_settings WHERE name IN ('synchronous_commit', 'fsync', 'wal_sync_method')`,
  );
  return { settings: Object.fromEntries(rows.map((r) => [r.name, r.setting])) };
}

/**
 * The seat claim without the product around it: a table shaped like shifts' seat
 * columns, the same conditional UPDATE (including the status flip), autocommit, from
 * SEAT_CONCURRENCY loops over a pool of the API's size. Headcounts are large enough
 * that every UPDATE claims a seat (a refused claim is cheaper and would flatter us).
 */
async function seatUpdates(stack: BenchStack, seconds: number) {
  const db = stack.db();
  await db.connect();
  await db.query(
    `CREATE TABLE floor_seats (
       id int PRIMARY KEY,
       filled int NOT NULL DEFAULT 0,
       headcount int NOT NULL CHECK (headcount >= 1),
       status varchar(12) NOT NULL DEFAULT 'open',
       CONSTRAINT floor_seats_filled_range CHECK (filled BETWEEN 0 AND headcount))`,
  );
  await db.query(
    `INSERT INTO floor_seats (id, headcount) SELECT g, 1000000 FROM generate_series(1, $1) g`,
    [SEAT_SHIFTS],
  );
  await db.end();

  const pool = new Pool({ connectionString: stack.databaseUrl, max: API_POOL_SIZE });
  const sql = `UPDATE floor_seats
                  SET filled = filled + 1,
                      status = CASE WHEN filled + 1 >= headcount THEN 'filled' ELSE status END
                WHERE id = $1 AND status = 'open' AND filled < headcount`;
  try {
    const loop = async (
      until: () => boolean,
      counts: { ok: number; refused: number },
      lat?: Latency,
    ) => {
      while (!until()) {
        const id = 1 + Math.floor(Math.random() * SEAT_SHIFTS);
        const t0 = nowMs();
        const res = await pool.query(sql, [id]);
        lat?.recordMs(nowMs() - t0);
        if (res.rowCount === 1) counts.ok++;
        else counts.refused++;
      }
    };
    // Warm-up: opens the pool's connections.
    const warmEnd = nowMs() + 300;
    const warm = { ok: 0, refused: 0 };
    await Promise.all(
      Array.from({ length: SEAT_CONCURRENCY }, () => loop(() => nowMs() > warmEnd, warm)),
    );

    const counts = { ok: 0, refused: 0 };
    const latency = new Latency();
    const cpu = cpuMeter();
    const t0 = nowMs();
    const end = t0 + seconds * 1000;
    await Promise.all(
      Array.from({ length: SEAT_CONCURRENCY }, () => loop(() => nowMs() > end, counts, latency)),
    );
    const elapsedMs = nowMs() - t0;
    return {
      perS: Math.round((counts.ok / elapsedMs) * 1000),
      claimed: counts.ok,
      refused: counts.refused,
      elapsedMs: round(elapsedMs),
      shifts: SEAT_SHIFTS,
      concurrency: SEAT_CONCURRENCY,
      poolSize: API_POOL_SIZE,
      latency: latency.summary(),
      generatorCpu: round(cpu()),
    };
  } finally {
    await pool.end();
  }
}

/**
 * commit-start → client-receive, one event at a time. The committing side publishes
 * right after COMMIT (no outbox poll in between: this is the floor of the path, not
 * the product's publisher); the server is a bare socket.io child on the server CPU.
 */
async function bareChain(stack: BenchStack, n: number) {
  const channel = `${stack.redisPrefix}:floor-chain`;
  const db = stack.db();
  await db.connect();
  const pub = stack.redis();
  let server: ChildProcess | undefined;
  let client: Socket | undefined;
  try {
    await db.query(
      `CREATE TABLE floor_chain_rows (id bigserial PRIMARY KEY, k int NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now())`,
    );
    await db.query(
      `CREATE TABLE floor_outbox (id bigserial PRIMARY KEY, type varchar(40) NOT NULL,
         payload jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), published_at timestamptz)`,
    );
    await db.query(
      `CREATE INDEX floor_outbox_unpublished_idx ON floor_outbox (id) WHERE published_at IS NULL`,
    );

    const started = await startFloorServer('floor-chain-server.ts', {
      REDIS_URL,
      FLOOR_CHANNEL: channel,
    });
    server = started.child;
    client = connect(`http://127.0.0.1:${started.port}`, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
    });
    const socket = client;
    await withTimeout(
      new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      }),
      10_000,
      'chain client connect',
    );

    let waiting: { seq: number; resolve: (t: number) => void } | undefined;
    client.on(FLOOR_EVENT, (event: { seq: number }) => {
      const at = nowMs();
      if (waiting && event.seq === waiting.seq) waiting.resolve(at);
    });

    const latency = new Latency();
    const commit = new Latency();
    const deliver = new Latency();
    let lost = 0;
    // The join in the server's connection handler is synchronous; the warm-up events prove it.
    let cpu = cpuMeter();
    for (let seq = 0; seq < WARMUP + n; seq++) {
      if (seq === WARMUP) cpu = cpuMeter();
      const received = new Promise<number>((resolve) => (waiting = { seq, resolve }));
      const t0 = nowMs();
      await db.query('BEGIN');
      await db.query('INSERT INTO floor_chain_rows (k) VALUES ($1)', [seq]);
      const data = { shiftId: seq, status: 'open', filled: 0, headcount: 3 };
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO floor_outbox (type, payload) VALUES ($1, $2::jsonb) RETURNING id::text AS id`,
        ['shift.updated', JSON.stringify({ rooms: ['floor'], data })],
      );
      await db.query('COMMIT');
      const t1 = nowMs();
      await pub.publish(channel, JSON.stringify({ seq, eventId: rows[0].id, ...data }));
      const at = await timeoutOr(received, LOST_AFTER_MS);
      if (seq < WARMUP) continue;
      if (at === undefined) {
        lost++;
        continue;
      }
      latency.recordMs(at - t0);
      commit.recordMs(t1 - t0);
      deliver.recordMs(at - t1);
    }
    return {
      latency: latency.summary(),
      lost,
      // Where the time goes: BEGIN…COMMIT, then PUBLISH → socket.io → client.
      commit: commit.summary(),
      publishToReceive: deliver.summary(),
      generatorCpu: round(cpu()),
    };
  } finally {
    client?.disconnect();
    await stopFloorServer(server);
    pub.disconnect();
    await db.end();
  }
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  const result = await timeoutOr(
    p.then((value) => ({ value })),
    ms,
  );
  if (!result) throw new Error(`${what}: no answer within ${ms} ms`);
  return result.value;
}

/** Resolves with p's value, or undefined after ms. */
function timeoutOr<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>(
    (resolve) => (timer = setTimeout(() => resolve(undefined), ms)),
  );
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
