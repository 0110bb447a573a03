/**
 * The bare-claim floor (bench/parts/floors.ts): what a seat claim over HTTP costs with
 * nothing of the product around it (floor-claim-server.ts, a child pinned to the server
 * CPU). Two figures to hold the product's grab against: the server's CPU per claim, one
 * claim at a time, and claims per second when 2,000 arrive at once over 2,000 one-seat
 * shifts (the contention part's second round, without the framework, the rules and the
 * matcher around it).
 */
import type { ChildProcess } from 'node:child_process';
import { startFloorServer, stopFloorServer } from './floor-server';
import { Latency, LatencySummary, nowMs, round } from './histogram';
import { BenchStack, processCpuMs, REDIS_URL } from './stack';

export interface BareClaim {
  /** Server CPU per claim, one at a time (after a warm-up). */
  cpuMsPerClaim: number;
  sequential: LatencySummary;
  /** Claims answered 201 per second, all sent at once. */
  burstPerS: number;
  overfilled: number;
}

export async function bareClaim(
  stack: BenchStack,
  sizes: { sequential: number; burst: number },
): Promise<BareClaim> {
  const db = stack.db();
  await db.connect();
  let server: ChildProcess | undefined;
  try {
    await db.query(`CREATE TABLE floor_claim_shifts (id int PRIMARY KEY, headcount int NOT NULL,
                      filled int NOT NULL DEFAULT 0 CHECK (filled <= headcount))`);
    await db.query(`CREATE TABLE floor_claim_assignments (id bigserial PRIMARY KEY,
                      shift_id int NOT NULL, worker_id int NOT NULL)`);
    await db.query(`CREATE TABLE IF NOT EXISTS floor_outbox (id bigserial PRIMARY KEY,
                      type varchar(40) NOT NULL, payload jsonb NOT NULL,
                      created_at timestamptz NOT NULL DEFAULT now(), published_at timestamptz)`);
    // Shift 0 takes the sequential claims; 1..burst take one claim each.
    await db.query(`INSERT INTO floor_claim_shifts (id, headcount) VALUES (0, 1000000)`);
    await db.query(
      `INSERT INTO floor_claim_shifts (id, headcount) SELECT g, 1 FROM generate_series(1, $1) g`,
      [sizes.burst],
    );
    const started = await startFloorServer('floor-claim-server.ts', {
      DATABASE_URL: stack.databaseUrl,
      REDIS_URL,
      FLOOR_STREAM: `${stack.redisPrefix}:floor-claims`,
    });
    server = started.child;
    const port = started.port;
    const pid = server.pid!;
    const url = (shift: number) => `http://127.0.0.1:${port}/claim/${shift}`;
    const post = (shift: number, worker: number) =>
      fetch(url(shift), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ workerId: worker }),
      }).then(async (res) => {
        await res.arrayBuffer();
        return res.status;
      });

    const warm = 200;
    const sequential = new Latency();
    let cpuFrom = 0;
    for (let i = 0; i < warm + sizes.sequential; i++) {
      if (i === warm) cpuFrom = processCpuMs(pid);
      const t0 = nowMs();
      if ((await post(0, i)) !== 201) throw new Error('bare claim refused a seat that was free');
      if (i >= warm) sequential.recordMs(nowMs() - t0);
    }
    const cpuMsPerClaim = (processCpuMs(pid) - cpuFrom) / sizes.sequential;

    const t0 = nowMs();
    const statuses = await Promise.all(
      Array.from({ length: sizes.burst }, (_, i) => post(i + 1, 1_000_000 + i)),
    );
    const seconds = (nowMs() - t0) / 1000;
    const [{ over }] = (
      await db.query(
        `SELECT count(*)::int AS over FROM floor_claim_shifts WHERE filled > headcount`,
      )
    ).rows as { over: number }[];
    return {
      cpuMsPerClaim: round(cpuMsPerClaim, 2),
      sequential: sequential.summary(),
      burstPerS: round(statuses.filter((s) => s === 201).length / seconds),
      overfilled: over,
    };
  } finally {
    await stopFloorServer(server);
    await db.end();
  }
}
