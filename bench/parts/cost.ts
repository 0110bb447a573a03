/**
 * Issue 14 — what one operation costs, beside its budget. The three server processes run as in
 * the other parts; W workers hold sockets (presence every ~30 s) and never answer on their own.
 * Counted around each window: CPU time of the api, matcher and realtime processes together
 * (/proc/<pid>/stat utime + stime), transactions in the stack's database (pg_stat_database) and
 * statements, i.e. round trips (pg_stat_statements, where the server loads it). Windows:
 *  - idle: nothing but the sockets; gives the idle rate of each counter;
 *  - post: N instant posts one at a time, each awaited until its first offer.created on a socket;
 *  - accept / grab: half of those shifts accepted by their first offered worker, the other half
 *    grabbed by them, each awaited until the employer's assignment.updated;
 *  - deferred: nothing new until every offer of the posts has passed its expiry (the expiry jobs
 *    of today's design fire for answered offers too); counted with the posts.
 * Each window's figure is net of idle: its count minus the idle rate × its length.
 */
import { Crowd, type BenchWorker, type OfferReceipt } from '../lib/crowd';
import { enableStatements, statementCalls, STATS_SETTLE_MS, xactCommits } from '../lib/db-counters';
import { Latency, nowMs, round } from '../lib/histogram';
import type { Part } from '../lib/part';
import type { Row } from '../lib/report';
import { BenchStack, type Proc } from '../lib/stack';

const PART = 'cost';
/** Per operation, the three processes together, net of idle (issue 14). */
const BUDGET = {
  post: { cpuMs: 4, xacts: 3 },
  claim: { cpuMs: 2, xacts: 2 },
  idleXactsPerS: 0.5,
  idleSockets: 10_000,
};
/** The product's default, set here so the part knows when the last expiry job is due. */
const OFFER_TTL_SECONDS = 90;
const OPERATION_TIMEOUT_MS = 15_000;
/** After the last operation's event, what it set off (a second offer, a withdrawal) finishes. */
const CPU_TAIL_MS = 1000;

interface Reading {
  at: number;
  cpuMs: number;
  xacts: number;
  statements: number | null;
}

/** What a window counted, gross, with its own readings taken out. */
interface Window {
  name: string;
  /** Operations that completed; `cpuOps` of them after the warm-up. */
  ops: number;
  cpuOps: number;
  seconds: number;
  /** CPU is counted over the window less its warm-up. */
  cpuSeconds: number;
  cpuMs: number;
  /** The same CPU by server (api, matcher, realtime). */
  cpuMsBy: Record<string, number>;
  /** The CPU span on the monotonic clock (ms), which V8's --cpu-prof samples also use. */
  cpuSpanMs: [number, number];
  xacts: number;
  statements: number | null;
}

interface WindowPlan<T> {
  items?: T[];
  /** Resolves true when the operation completed (its event came). */
  op?: (item: T) => Promise<boolean>;
  warm?: number;
  leadMs?: number;
  cpuTailMs: number;
  settleMs?: number;
}

interface PerOp {
  cpuMs: number;
  cpuMsBy: Record<string, number>;
  xacts: number;
  statements: number | null;
}

export const run: Part = async ({ quick, log }) => {
  const sockets = Number(process.env.BENCH_COST_SOCKETS ?? (quick ? 300 : BUDGET.idleSockets));
  const posts = 2 * Math.ceil(Number(process.env.BENCH_COST_OPS ?? (quick ? 30 : 100)) / 2);
  // A whole minute even in --quick: the matcher's minute sweep (several transactions) must fall
  // into the idle window as often as into the others, or the idle rate misses it.
  const idleSeconds = 60;
  const stack = await BenchStack.create({ OFFER_TTL_SECONDS: String(OFFER_TTL_SECONDS) });
  const raw: Record<string, unknown> = { sockets, posts, idleSeconds, settleMs: STATS_SETTLE_MS };
  let crowd: Crowd | undefined;
  try {
    const [api, matcher, node] = await Promise.all([
      stack.start('api'),
      stack.start('matcher'),
      stack.start('realtime'),
    ]);
    crowd = new Crowd(stack, api, [node], { answer: false, seed: 14 });
    await crowd.addWorkers(sockets);
    await crowd.addEmployers(1);
    const c = await crowd.connectWorkers(0, sockets);
    const online = crowd.connectedWorkers();
    log(`${PART}: ${online} sockets (${c.failed} failed) in ${round(c.seconds)} s`);
    const statements = await enableStatements(stack);
    raw.roundTrips = statements.enabled ? 'pg_stat_statements' : statements.reason;
    const meter = new CostMeter(stack, [api, matcher, node], statements.enabled);
    // For bench/profile-summary.ts: which --cpu-prof file is which server.
    raw.pids = { api: api.child.pid, matcher: matcher.child.pid, realtime: node.child.pid };

    await pause(STATS_SETTLE_MS);
    const idle = await meter.window('idle', { cpuTailMs: idleSeconds * 1000, settleMs: 0 });
    log(`${PART}: idle ${describe(idle)}`);

    const postToOffer = new Latency();
    const firstOffers: OfferReceipt[] = [];
    const post = await meter.window('post', {
      items: Array.from({ length: posts }, (_, i) => crowd!.workers[i % online]!),
      warm: warmUp(posts),
      cpuTailMs: CPU_TAIL_MS,
      op: async (w) => {
        const offer = await postUntilOffered(crowd!, w);
        if (!offer) return false;
        firstOffers.push(offer);
        postToOffer.recordMs(offer.at - crowd!.postSent.get(offer.shiftId)!);
        return true;
      },
    });
    if (!firstOffers.length) throw new Error(`no post reached an offer: ${crowd.postFailures[0]}`);
    const offerTimes = crowd.offers.map((o) => o.at);
    log(`${PART}: post ${describe(post)}`);

    const byId = new Map(crowd.workers.map((w) => [w.id, w]));
    const half = Math.ceil(firstOffers.length / 2);
    const claimLatency = { accept: new Latency(), grab: new Latency() };
    const claims = (kind: 'accept' | 'grab', offers: OfferReceipt[]) =>
      meter.window(kind, {
        items: offers,
        warm: warmUp(offers.length),
        cpuTailMs: CPU_TAIL_MS,
        op: async (offer) => {
          const ms = await claimUntilConfirmed(crowd!, byId.get(offer.workerId)!, offer, kind);
          if (ms !== undefined) claimLatency[kind].recordMs(ms);
          return ms !== undefined;
        },
      });
    const accept = await claims('accept', firstOffers.slice(0, half));
    log(`${PART}: accept ${describe(accept)}`);
    const grab = await claims('grab', firstOffers.slice(half));
    log(`${PART}: grab ${describe(grab)}`);

    // Each offer of the posts expires OFFER_TTL_SECONDS after it was made (before it came):
    // CPU is counted while those expiry jobs are due, transactions until they have settled.
    const ttl = OFFER_TTL_SECONDS * 1000;
    const firstDue = Math.min(...offerTimes) + ttl - 1000;
    const lastDue = Math.max(...offerTimes) + ttl + CPU_TAIL_MS;
    const deferred = await meter.window('deferred', {
      leadMs: Math.max(0, firstDue - nowMs()),
      cpuTailMs: Math.max(0, lastDue - Math.max(firstDue, nowMs())),
    });
    log(`${PART}: deferred ${describe(deferred)}`);

    const idleRate = perSecond(idle);
    const postWindowOnly = perOp(post, idleRate);
    const deferredPerPost = perOp({ ...deferred, ops: post.ops, cpuOps: post.ops }, idleRate);
    const costs = {
      post: sum(postWindowOnly, deferredPerPost),
      postWindowOnly,
      deferredPerPost,
      accept: perOp(accept, idleRate),
      grab: perOp(grab, idleRate),
    };
    Object.assign(raw, {
      windows: { idle, post, accept, grab, deferred },
      idleRate,
      perOp: costs,
      postToOffer: postToOffer.summary(),
      acceptToEvent: claimLatency.accept.summary(),
      grabToEvent: claimLatency.grab.summary(),
      postFailures: crowd.postFailures.slice(0, 5),
      claimFailures: Object.fromEntries(crowd.acceptFailures),
      online,
    });
    const out = rows(raw, costs, idleRate, online, quick, statements);
    for (const line of checklist(out)) log(line);
    return { part: PART, rows: out, raw };
  } finally {
    crowd?.close();
    await stack.close();
  }
};

/**
 * The first operations of a kind run code V8 has not compiled yet: CPU is counted from the
 * operation after these (transactions, which do not change with warmth, from the first).
 */
const warmUp = (ops: number) => Math.min(5, Math.floor(ops / 5));

/** Reads the counters around a window; a window's own readings are taken out. */
class CostMeter {
  /** Each reading is a transaction (two with pg_stat_statements) that the next one counts. */
  private readonly readingOwn: number;

  constructor(
    private readonly stack: BenchStack,
    private readonly procs: Proc[],
    private readonly statements: boolean,
  ) {
    this.readingOwn = statements ? 2 : 1;
  }

  /**
   * The database span: from a reading, through `leadMs`, the operations one at a time and
   * `cpuTailMs`, to a reading `settleMs` later (see STATS_SETTLE_MS). The CPU span, read from
   * /proc at once, is shorter, so less idle is taken out of it: from after the first `warm`
   * operations (or the lead) to the end of `cpuTailMs`, which lets the servers finish what the
   * last operation set off.
   */
  async window<T>(name: string, w: WindowPlan<T>): Promise<Window> {
    const before = await this.read();
    await pause(w.leadMs ?? 0);
    let cpuFrom = this.cpuMark();
    let ops = 0;
    let cpuOps = 0;
    for (const [i, item] of (w.items ?? []).entries()) {
      if (i > 0 && i === w.warm) cpuFrom = this.cpuMark();
      if (!(await w.op!(item))) continue;
      ops += 1;
      if (i >= (w.warm ?? 0)) cpuOps += 1;
    }
    await pause(w.cpuTailMs);
    const cpuTo = this.cpuMark();
    await pause(w.settleMs ?? STATS_SETTLE_MS);
    const after = await this.read();
    return {
      name,
      ops,
      cpuOps,
      seconds: round((after.at - before.at) / 1000, 3),
      cpuSeconds: round((cpuTo.at - cpuFrom.at) / 1000, 3),
      cpuMs: round(cpuTo.cpuMs - cpuFrom.cpuMs),
      cpuMsBy: Object.fromEntries(
        Object.keys(cpuTo.by).map((name) => [name, round(cpuTo.by[name]! - cpuFrom.by[name]!)]),
      ),
      cpuSpanMs: [round(cpuFrom.at, 1), round(cpuTo.at, 1)],
      xacts: after.xacts - before.xacts - this.readingOwn,
      statements:
        after.statements === null ? null : after.statements - before.statements! - this.readingOwn,
    };
  }

  private cpuMark(): { at: number; cpuMs: number; by: Record<string, number> } {
    const by = Object.fromEntries(this.procs.map((p) => [p.name, this.stack.cpuMs(p)]));
    return { at: nowMs(), cpuMs: Object.values(by).reduce((a, b) => a + b, 0), by };
  }

  private cpuMs(): number {
    return this.procs.reduce((total, p) => total + this.stack.cpuMs(p), 0);
  }

  private async read(): Promise<Reading> {
    return {
      at: nowMs(),
      cpuMs: this.cpuMs(),
      xacts: await xactCommits(this.stack),
      statements: this.statements ? await statementCalls(this.stack) : null,
    };
  }
}

/** One instant shift at `w`'s spot in one of their trades; resolves at its first offer. */
async function postUntilOffered(crowd: Crowd, w: BenchWorker): Promise<OfferReceipt | undefined> {
  const shift = {
    ...crowd.shiftBody(),
    headcount: 1,
    tradeCode: w.trades[0],
    location: { lat: w.lat, lng: w.lng, address: '大连市基准路 1 号', district: w.district },
  };
  const id = await crowd.post(crowd.employers[0], shift);
  if (!id) return undefined;
  const first = () => crowd.offers.find((o) => o.shiftId === id);
  await crowd.waitFor(() => first() !== undefined, OPERATION_TIMEOUT_MS);
  return first();
}

/** Accepts or grabs the offered seat; ms from the request to the employer's event. */
async function claimUntilConfirmed(
  crowd: Crowd,
  w: BenchWorker,
  offer: OfferReceipt,
  kind: 'accept' | 'grab',
): Promise<number | undefined> {
  const ok =
    kind === 'accept' ? await crowd.answerOffer(w, offer) : await crowd.grab(w, offer.shiftId);
  const key = `${offer.shiftId}:${w.id}`;
  if (!ok || !(await crowd.waitFor(() => crowd.acceptConfirmed.has(key), OPERATION_TIMEOUT_MS)))
    return undefined;
  return crowd.acceptConfirmed.get(key)! - crowd.acceptSent.get(key)!;
}

function perSecond(w: Window): PerOp {
  return {
    cpuMs: w.cpuMs / w.cpuSeconds,
    cpuMsBy: mapValues(w.cpuMsBy, (ms) => ms / w.cpuSeconds),
    xacts: w.xacts / w.seconds,
    statements: w.statements === null ? null : w.statements / w.seconds,
  };
}

/** A window's counts less what the idle stack does over the same time, per operation. */
function perOp(w: Window, idle: PerOp): PerOp {
  const per = (count: number, rate: number, seconds: number, ops: number) =>
    round((count - rate * seconds) / Math.max(1, ops));
  return {
    cpuMs: per(w.cpuMs, idle.cpuMs, w.cpuSeconds, w.cpuOps),
    cpuMsBy: mapValues(w.cpuMsBy, (ms, name) =>
      per(ms, idle.cpuMsBy[name] ?? 0, w.cpuSeconds, w.cpuOps),
    ),
    xacts: per(w.xacts, idle.xacts, w.seconds, w.ops),
    statements:
      w.statements === null || idle.statements === null
        ? null
        : per(w.statements, idle.statements, w.seconds, w.ops),
  };
}

function sum(a: PerOp, b: PerOp): PerOp {
  return {
    cpuMs: round(a.cpuMs + b.cpuMs),
    cpuMsBy: mapValues(a.cpuMsBy, (ms, name) => round(ms + (b.cpuMsBy[name] ?? 0))),
    xacts: round(a.xacts + b.xacts),
    statements:
      a.statements === null || b.statements === null ? null : round(a.statements + b.statements),
  };
}

function mapValues(
  by: Record<string, number>,
  f: (value: number, name: string) => number,
): Record<string, number> {
  return Object.fromEntries(Object.entries(by).map(([name, v]) => [name, f(v, name)]));
}

/** "api 5.1, matcher 0.3, realtime 1.2 ms": where an operation's CPU went. */
function byServer(p: PerOp): string {
  const parts = Object.entries(p.cpuMsBy).map(([name, ms]) => `${name} ${ms}`);
  return `${parts.join(', ')} ms`;
}

function describe(w: Window): string {
  const st = w.statements === null ? '' : `, ${w.statements} statements`;
  return `${w.ops} ops in ${round(w.seconds, 1)} s: ${w.xacts} xacts${st}; ${w.cpuMs} ms CPU over the last ${w.cpuOps} ops, ${round(w.cpuSeconds, 1)} s`;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function rows(
  raw: Record<string, unknown>,
  perOp: Record<'post' | 'postWindowOnly' | 'deferredPerPost' | 'accept' | 'grab', PerOp>,
  idleRate: PerOp,
  online: number,
  quick: boolean,
  statements: { enabled: boolean; reason?: string },
): Row[] {
  const out: Row[] = [];
  const roundTripNote = statements.enabled ? undefined : `n/a: ${statements.reason}`;
  const ops: [string, PerOp, { cpuMs: number; xacts: number }, string][] = [
    [
      'instant post → first offer on a socket',
      perOp.post,
      BUDGET.post,
      `n=${(raw.postToOffer as { count: number }).count}; post window ${perOp.postWindowOnly.cpuMs} ms, ${perOp.postWindowOnly.xacts} xacts + its offers' expiry jobs later ${perOp.deferredPerPost.cpuMs} ms, ${perOp.deferredPerPost.xacts} xacts`,
    ],
    [
      'accept → employer event',
      perOp.accept,
      BUDGET.claim,
      `n=${(raw.acceptToEvent as { count: number }).count}`,
    ],
    [
      'grab → employer event',
      perOp.grab,
      BUDGET.claim,
      `n=${(raw.grabToEvent as { count: number }).count}; by the worker holding the offer`,
    ],
  ];
  for (const [op, p, budget, note] of ops) {
    out.push(
      {
        part: PART,
        metric: `${op}: server CPU per op`,
        value: p.cpuMs,
        unit: 'ms',
        target: `≤ ${budget.cpuMs} ms`,
        met: p.cpuMs <= budget.cpuMs,
        note: `api + matcher + realtime, net of idle: ${byServer(p)}; ${note}`,
      },
      {
        part: PART,
        metric: `${op}: DB transactions per op`,
        value: p.xacts,
        unit: 'xacts',
        target: `≤ ${budget.xacts}`,
        met: p.xacts <= budget.xacts,
      },
      {
        part: PART,
        metric: `${op}: DB round trips per op`,
        value: p.statements ?? 'n/a',
        unit: p.statements === null ? '' : 'statements',
        note: roundTripNote,
      },
    );
  }
  const idleNote = quick || online < BUDGET.idleSockets ? `; the budget is at 10k sockets` : '';
  out.push(
    {
      part: PART,
      metric: `idle stack @ ${online} sockets: DB transactions/s`,
      value: round(idleRate.xacts),
      unit: 'xacts/s',
      target: `≤ ${BUDGET.idleXactsPerS} xacts/s @ 10k sockets`,
      met: idleRate.xacts <= BUDGET.idleXactsPerS,
      note: `${(raw.windows as { idle: Window }).idle.seconds} s window${idleNote}`,
    },
    {
      part: PART,
      metric: `idle stack @ ${online} sockets: server CPU`,
      value: round(idleRate.cpuMs),
      unit: 'ms/s',
      note: 'presence heartbeats every ~30 s per socket included',
    },
    {
      part: PART,
      metric: `idle stack @ ${online} sockets: DB round trips/s`,
      value: idleRate.statements === null ? 'n/a' : round(idleRate.statements),
      unit: idleRate.statements === null ? '' : 'statements/s',
      note: roundTripNote,
    },
  );
  return out;
}

/** The part's figures beside their budgets, for the log. */
function checklist(out: Row[]): string[] {
  return out.map((r) => {
    const mark = r.met === undefined ? ' ' : r.met ? '✓' : '✗';
    return `${PART}: ${mark} ${r.metric}: ${r.value} ${r.unit}${r.target ? ` (budget ${r.target})` : ''}`;
  });
}
