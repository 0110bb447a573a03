import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import Redis from 'ioredis';
import {
  createDatabaseIfMissing,
  runMigrations,
} from '../../libs/common/src/database/prepare-database';

export const ROOT = join(__dirname, '..', '..');
export const DEV_CODE = '246810';
const ADMIN_URL =
  process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

export type AppName = 'api' | 'realtime' | 'matcher';
const ENTRY: Record<AppName, string> = {
  api: 'dist/apps/api/apps/api/src/main.js',
  realtime: 'dist/apps/realtime/apps/realtime/src/main.js',
  matcher: 'dist/apps/matcher/apps/matcher/src/main.js',
};

/** The cores the servers run on; the load generator takes the others (taskset). */
export const SERVER_CPUS = process.env.BENCH_SERVER_CPUS ?? '1';
export const GENERATOR_CPUS = process.env.BENCH_GENERATOR_CPUS ?? '0';
/**
 * Extra node flags for the servers, e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof
 * --cpu-prof-dir=/tmp/prof" to profile them (NODE_OPTIONS refuses --cpu-prof).
 */
const SERVER_NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);

export interface Proc {
  name: string;
  child: ChildProcess;
  port: number;
  url: string;
  output(): string;
}

/**
 * A database and Redis prefix of the run's own (created, migrated, dropped), and the
 * built apps as processes pinned to SERVER_CPUS. Everything a benchmark part needs.
 */
export class BenchStack {
  readonly procs: Proc[] = [];
  private nextPort = 3900 + Math.floor(Math.random() * 50) * 10;

  private constructor(
    readonly databaseUrl: string,
    readonly redisPrefix: string,
    readonly env: Record<string, string>,
  ) {}

  static async create(extraEnv: Record<string, string> = {}): Promise<BenchStack> {
    const id = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    const databaseUrl = ADMIN_URL.replace(/\/[^/]*$/, `/lg_bench_${id}`);
    await createDatabaseIfMissing(databaseUrl);
    await runMigrations({ DATABASE_URL: databaseUrl });
    const redisPrefix = `lgbench:${id}`;
    const env = {
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      REDIS_PREFIX: redisPrefix,
      AUTH_DEV_CODE: DEV_CODE,
      // No default secret any more: the bench's processes share one of their own.
      JWT_ACCESS_SECRET: `bench-${randomBytes(24).toString('hex')}`,
      MIGRATIONS_RUN: 'false',
      SEED_DEMO_ON_EMPTY: 'false',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      // Sign-in storms and thousands of simulated phones on one address are the harness, not an attack.
      OTP_SEND_LIMIT: '1000',
      OTP_IP_LIMIT: '1000000',
      OTP_GLOBAL_PER_MINUTE: '1000000',
      OTP_GLOBAL_PER_HOUR: '1000000',
      PUBLIC_READ_LIMIT: '10000000',
      REALTIME_EVENTS_PER_SECOND: '50',
      ...extraEnv,
    };
    return new BenchStack(databaseUrl, redisPrefix, env);
  }

  /** Starts a built app pinned to the server cores; resolves when its /health answers. */
  async start(
    app: AppName,
    env: Record<string, string> = {},
    port = this.takePort(),
  ): Promise<Proc> {
    const portVar = { api: 'API_PORT', realtime: 'REALTIME_PORT', matcher: 'MATCHER_PORT' }[app];
    const node = [process.execPath, ...SERVER_NODE_ARGS, join(ROOT, ENTRY[app])];
    const child = spawn('taskset', ['-c', SERVER_CPUS, ...node], {
      cwd: ROOT,
      env: { ...process.env, ...this.env, [portVar]: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (c) => (output += c));
    child.stderr!.on('data', (c) => (output += c));
    // BENCH_SERVER_LOG_DIR keeps each server's output (with --trace-gc, say) after the run.
    const logDir = process.env.BENCH_SERVER_LOG_DIR;
    if (logDir) {
      const log = createWriteStream(join(logDir, `${app}-${port}.log`));
      child.stdout!.pipe(log);
      child.stderr!.pipe(log);
    }
    const proc: Proc = {
      name: app,
      child,
      port,
      url: `http://127.0.0.1:${port}`,
      output: () => output,
    };
    this.procs.push(proc);
    await waitHealthy(proc);
    return proc;
  }

  takePort(): number {
    this.nextPort += 1;
    return this.nextPort;
  }

  /** Resident memory of a process in MiB (the node process under taskset). */
  rssMiB(proc: Proc): number {
    const pid = nodePid(proc.child.pid!);
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  }

  /** CPU time a process has used so far (user + system, /proc/<pid>/stat), in ms. */
  cpuMs(proc: Proc): number {
    return processCpuMs(nodePid(proc.child.pid!));
  }

  async kill(proc: Proc, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
    const exited = once(proc.child, 'exit');
    proc.child.kill(signal);
    await exited;
  }

  db(): Client {
    return new Client({ connectionString: this.databaseUrl });
  }

  redis(): Redis {
    return new Redis(REDIS_URL, { keyPrefix: `${this.redisPrefix}:` });
  }

  async close(): Promise<void> {
    for (const p of this.procs) await this.kill(p, 'SIGTERM').catch(() => undefined);
    const admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
    const name = new URL(this.databaseUrl).pathname.slice(1);
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    const redis = new Redis(REDIS_URL);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(
        cursor,
        'MATCH',
        `${this.redisPrefix}:*`,
        'COUNT',
        1000,
      );
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await redis.quit();
  }
}

let ticksPerSecond: number | undefined;
/** The kernel's clock tick (USER_HZ) that /proc counts CPU time in; 100 on nearly every Linux. */
function clockTicksPerSecond(): number {
  ticksPerSecond ??=
    Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return ticksPerSecond;
}

/** taskset execs node in place, so the child's pid is node's own. */
function nodePid(pid: number): number {
  return pid;
}

async function waitHealthy(proc: Proc): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (proc.child.exitCode !== null) throw new Error(`${proc.name} exited:\n${proc.output()}`);
    try {
      const res = await fetch(`${proc.url}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${proc.name} did not become healthy:\n${proc.output()}`);
}

/** Pins this process (the load generator) to GENERATOR_CPUS, where taskset exists. */
export function pinGenerator(): string {
  try {
    execFileSync('taskset', ['-pc', GENERATOR_CPUS, String(process.pid)], { stdio: 'ignore' });
    return GENERATOR_CPUS;
  } catch {
    return 'unpinned';
  }
}

/** The generator's own CPU time over a measured window, as a share of one core. */
/** CPU time process `pid` has used so far (user + system, /proc/<pid>/stat), in ms. */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces: the fields counted here start after its ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
  return (ticks * 1000) / clockTicksPerSecond();
}

export function cpuMeter(): () => number {
  const start = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  return () => {
    const used = process.cpuUsage(start);
    const elapsedUs = Number(process.hrtime.bigint() - t0) / 1000;
    return (used.user + used.system) / elapsedUs;
  };
}
