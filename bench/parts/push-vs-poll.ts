/**
 * Issue 6 part 6 — what push buys. The same crowd and the same posting rate twice:
 *  - push: W workers hold sockets (presence every ~30 s); delivery = POST /shifts send →
 *    the first offer.created for that shift at any worker;
 *  - poll: W clients (no sockets) call GET /api/v1/shifts?near=<their spot>&radiusKm=5 every
 *    10 s (phases spread); delivery = POST send → the first poll answer listing the shift.
 * Workers do not answer offers in either phase (delivery only). Database load is the
 * transactions committed in the stack's database per second (pg_stat_database), and the
 * statements per second from pg_stat_statements when that extension is installed.
 */
import { Crowd } from '../lib/crowd';
import {
  statementCalls,
  statementsInstalled,
  STATS_SETTLE_MS,
  xactCommits,
} from '../lib/db-counters';
import { Latency, LatencySummary, nowMs, round } from '../lib/histogram';
import type { Part } from '../lib/part';
import type { Row } from '../lib/report';
import { BenchStack, cpuMeter } from '../lib/stack';

const PART = 'push-vs-poll';
const POLL_EVERY_MS = 10_000;

interface ModeResult {
  delivery: LatencySummary;
  posted: number;
  notDelivered: number;
  xactPerS: number;
  statementsPerS: number | null;
  httpRequestsPerS: number;
  generatorCpu: number;
  seconds: number;
}

export const run: Part = async ({ quick, log }) => {
  const W = quick ? 200 : 1000;
  const rate = quick ? 5 : 10;
  const seconds = quick ? 6 : 20;
  const stack = await BenchStack.create();
  const raw: Record<string, unknown> = { W, rate, seconds, pollEveryMs: POLL_EVERY_MS };
  let crowd: Crowd | undefined;
  try {
    const [api, , node] = await Promise.all([
      stack.start('api'),
      stack.start('matcher'),
      stack.start('realtime'),
    ]);
    crowd = new Crowd(stack, api, [node], { answer: false, seed: 7 });
    await crowd.addWorkers(W);
    await crowd.addEmployers(2);
    const hasStatements = await statementsInstalled(stack);
    raw.pgStatStatements = hasStatements;

    // Push.
    await crowd.connectWorkers(0, W);
    log(`${PART}: ${crowd.connectedWorkers()} sockets; push phase`);
    const push = await phase(stack, hasStatements, seconds, async (until) => {
      const ids = (await crowd!.postAt(rate, (until - nowMs()) / 1000)).ids;
      await crowd!.waitFor(() => ids.every((id) => firstOffer(crowd!).has(id)), 5000);
      const first = firstOffer(crowd!);
      const h = new Latency();
      for (const id of ids) {
        const at = first.get(id);
        if (at !== undefined) h.recordMs(at - crowd!.postSent.get(id)!);
      }
      return {
        h,
        posted: ids.length,
        missing: ids.filter((id) => !first.has(id)).length,
        requests: 0,
      };
    });
    raw.push = push;
    // The sockets go away: the same people now poll.
    for (const w of crowd.workers) {
      if (w.heartbeat) {
        clearTimeout(w.heartbeat);
        clearInterval(w.heartbeat);
      }
      w.socket?.close();
      w.socket = undefined;
    }

    // Poll.
    log(`${PART}: poll phase`);
    const seenByPoll = new Map<string, number>();
    const eachPoller = new Latency();
    const poll = await phase(stack, hasStatements, seconds, async (until) => {
      let requests = 0;
      let failures = 0;
      let stop = false;
      const halt = new AbortController();
      const pollers = crowd!.workers.map(async (w) => {
        const mine = new Set<string>();
        await pause(Math.random() * POLL_EVERY_MS, halt.signal);
        while (!stop) {
          const t = nowMs();
          try {
            const res = await fetch(
              `${api.url}/api/v1/shifts?near=${w.lat},${w.lng}&radiusKm=5&limit=100`,
              { signal: AbortSignal.any([halt.signal, AbortSignal.timeout(POLL_EVERY_MS)]) },
            );
            const body = (await res.json()) as { items?: { id: string }[] };
            requests += 1;
            const at = nowMs();
            for (const s of body.items ?? []) {
              if (!seenByPoll.has(s.id)) seenByPoll.set(s.id, at);
              const sent = crowd!.postSent.get(s.id);
              if (sent !== undefined && !mine.has(s.id)) eachPoller.recordMs(at - sent);
              mine.add(s.id);
            }
            if (!res.ok) failures += 1;
          } catch {
            failures += 1;
          }
          const wait = POLL_EVERY_MS - (nowMs() - t);
          if (!stop && wait > 0) await pause(wait, halt.signal);
        }
      });
      const posting = crowd!.postAt(rate, (until - nowMs()) / 1000);
      const ids = (await posting).ids;
      // A poller sees a shift within one period at most: wait for that, no longer.
      const deadline = nowMs() + POLL_EVERY_MS + 2000;
      while (nowMs() < deadline && !ids.every((id) => seenByPoll.has(id))) {
        await new Promise((r) => setTimeout(r, 100));
      }
      stop = true;
      halt.abort();
      await Promise.all(pollers);
      const h = new Latency();
      for (const id of ids) {
        const at = seenByPoll.get(id);
        if (at !== undefined && at > crowd!.postSent.get(id)!)
          h.recordMs(at - crowd!.postSent.get(id)!);
      }
      raw.pollFailures = failures;
      raw.pollRequests = requests;
      return {
        h,
        posted: ids.length,
        missing: ids.filter((id) => !seenByPoll.has(id)).length,
        requests,
      };
    });
    raw.poll = poll;
    raw.pollEachPoller = eachPoller.summary();
    raw.pushEachRecipient = eachRecipient(crowd);
    const each = {
      push: raw.pushEachRecipient as LatencySummary,
      poll: raw.pollEachPoller as LatencySummary,
    };
    return {
      part: PART,
      rows: rows(W, rate, push, poll, hasStatements, each, Number(raw.pollFailures ?? 0)),
      raw,
    };
  } finally {
    crowd?.close();
    await stack.close();
  }
};

/** Sleeps `ms`, or less when `signal` aborts (the phase ends). */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/** Every worker's receipt of an offer, from the POST send time (a worker's view of push). */
function eachRecipient(crowd: Crowd): LatencySummary {
  const h = new Latency();
  for (const o of crowd.offers) {
    const sent = crowd.postSent.get(o.shiftId);
    if (sent !== undefined) h.recordMs(o.at - sent);
  }
  return h.summary();
}

function firstOffer(crowd: Crowd): Map<string, number> {
  const first = new Map<string, number>();
  for (const o of crowd.offers) if (!first.has(o.shiftId)) first.set(o.shiftId, o.at);
  return first;
}

/** Runs one mode for `seconds` and measures the database around it. */
async function phase(
  stack: BenchStack,
  hasStatements: boolean,
  seconds: number,
  body: (
    until: number,
  ) => Promise<{ h: Latency; posted: number; missing: number; requests: number }>,
): Promise<ModeResult> {
  // What came before (sign-ins, socket handshakes, the other mode) reaches the counters
  // late: let it land before the first reading, and this mode's own work before the last.
  await new Promise((resolve) => setTimeout(resolve, STATS_SETTLE_MS));
  const x0 = await xactCommits(stack);
  const s0 = hasStatements ? await statementCalls(stack) : 0;
  const cpu = cpuMeter();
  const t0 = nowMs();
  const out = await body(t0 + seconds * 1000);
  const elapsed = (nowMs() - t0) / 1000;
  const generatorCpu = cpu();
  await new Promise((resolve) => setTimeout(resolve, STATS_SETTLE_MS));
  const x1 = await xactCommits(stack);
  const s1 = hasStatements ? await statementCalls(stack) : 0;
  return {
    delivery: out.h.summary(),
    posted: out.posted,
    notDelivered: out.missing,
    xactPerS: round((x1 - x0) / elapsed, 1),
    statementsPerS: hasStatements ? round((s1 - s0) / elapsed, 1) : null,
    httpRequestsPerS: round(out.requests / elapsed, 1),
    generatorCpu: round(generatorCpu),
    seconds: round(elapsed),
  };
}

function rows(
  W: number,
  rate: number,
  push: ModeResult,
  poll: ModeResult,
  hasStatements: boolean,
  each: { push: LatencySummary; poll: LatencySummary },
  pollFailures: number,
): Row[] {
  const at = `W=${W}, ${rate} posts/s`;
  const out: Row[] = [];
  for (const [mode, r] of [
    ['push', push],
    ['poll 10 s', poll],
  ] as const) {
    out.push(
      {
        part: PART,
        metric: `${mode}: post → first delivery p50 / p99 @ ${at}`,
        value: `${r.delivery.p50} / ${r.delivery.p99}`,
        unit: 'ms',
        note:
          mode === 'push'
            ? `first offer at any worker; ${r.posted} posts, ${r.notDelivered} got no offer (nobody eligible near)`
            : `first poll answer listing it; ${r.posted} posts, ${r.notDelivered} never listed`,
      },
      {
        part: PART,
        metric: `${mode}: post → each ${mode === 'push' ? 'offered worker' : 'poller within 5 km'} p50 / p99`,
        value: `${each[mode === 'push' ? 'push' : 'poll'].p50} / ${each[mode === 'push' ? 'push' : 'poll'].p99}`,
        unit: 'ms',
        note: `n=${each[mode === 'push' ? 'push' : 'poll'].count}`,
      },
      {
        part: PART,
        metric: `${mode}: database transactions/s`,
        value: r.xactPerS,
        unit: 'xact/s',
        note: hasStatements
          ? `${r.statementsPerS} statements/s (pg_stat_statements)`
          : 'pg_stat_statements not installed',
      },
      { part: PART, metric: `${mode}: generator CPU`, value: r.generatorCpu, unit: 'cores' },
    );
  }
  // The posting (post, wave, board deltas) is the same in both modes; what differs is
  // how the shifts reach the phones.
  const ratio = push.xactPerS > 0 ? round(poll.xactPerS / push.xactPerS, 1) : 0;
  const delivery = round(poll.xactPerS - push.xactPerS, 1);
  out.push({
    part: PART,
    metric: `push vs poll: database transactions, poll ÷ push @ ${at}`,
    value: ratio,
    unit: '×',
    target: '≥ 10×',
    met: ratio >= 10,
    note: `totals with the same posting in both; delivery alone: poll adds ${delivery} xact/s, push none (Redis and sockets only)`,
  });
  out.push({
    part: PART,
    metric: `poll: GET /shifts?near requests/s @ W=${W}`,
    value: poll.httpRequestsPerS,
    unit: 'req/s',
    note: `asked for ${round(W / (POLL_EVERY_MS / 1000), 1)}/s; failed or timed out (10 s): ${pollFailures}`,
  });
  return out;
}
