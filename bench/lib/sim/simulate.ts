/**
 * A discrete-event simulation of one morning through the product's own matching
 * rules: `ineligibility` and `score` (candidates/), `planFirstWaves` and its
 * Hungarian solver (batching/), `waveSize`, `seatsOpen` and `radiusSteps` (waves/).
 * What the database, Redis and BullMQ do around them is modelled after
 * docs/matching.md and waves/wave-runner.service.ts: the matching run row (radius
 * reached, wave counter, first_wave_at, updated_at), the 250 ms batch window and
 * its atomic claim, next waves on decline/expiry, the minute sweep that restarts
 * idle runs, offers expiring after OFFER_TTL_SECONDS, seats claimed under the
 * headcount and the no-double-booking rule.
 */
import { distanceKm } from '@app/common/geo/distance';
import { planFirstWaves, type PlanShift } from '@app/matching/offers/batching/batch-plan';
import { ineligibility, type ShiftRequirements } from '@app/matching/offers/candidates/eligibility';
import { compareByScore, score, type Score } from '@app/matching/offers/candidates/scoring';
import { radiusSteps, seatsOpen, waveSize } from '@app/matching/offers/waves/wave-rules';
import type { OfferStatus } from '@app/matching';
import { mix, mulberry32, shuffle, uniformAt } from './prng';
import { EventQueue, gini, mean, median } from './stats';
import { at, HOUR, MINUTE, tradeInfo, type SimShift, type SimWorker, type World } from './world';

export type Strategy = 'batched' | 'greedy' | 'random';

/** The product's defaults (libs/common/src/config/env.schema.ts). */
export interface SimSettings {
  offerTtlMs: number;
  waveSizeFactor: number;
  radiusKm: number;
  radiusGrowth: number;
  maxRadiusKm: number;
  batchWindowMs: number;
  /** Time from a trigger to its wave job running (outbox → stream → BullMQ). */
  jobLatencyMs: number;
  /** When the simulation stops; seats not filled by then count as unfilled. */
  endAt: number;
  /** What-if: a wave-1 job claims the batch only while its own shift is in it (the product does not). */
  claimOnlyOwn: boolean;
}

export const PRODUCT_SETTINGS: SimSettings = {
  offerTtlMs: 90_000,
  waveSizeFactor: 2,
  radiusKm: 5,
  radiusGrowth: 1.6,
  maxRadiusKm: 30,
  batchWindowMs: 250,
  jobLatencyMs: 20,
  endAt: 12 * HOUR,
  claimOnlyOwn: false,
};

/** A deferred wave-1 job (its shift claimed by another job's batch) waits this long (wave-jobs.service.ts). */
const DEFER_MS = 1_000;
const SWEEP_EVERY_MS = 60_000;
const IDLE_MS = 60_000;

interface Offer {
  shift: number;
  worker: number;
  status: OfferStatus;
  createdAt: number;
  distanceKm: number;
}

interface ShiftState {
  status: 'open' | 'filled' | 'expired';
  filled: number;
  pending: number;
  offered: Set<number>;
  offerIds: number[];
  req: ShiftRequirements;
  filledAt: number | null;
  // matching_runs
  radiusKm: number;
  wave: number;
  firstWaveAt: number | null;
  updatedAt: number;
  state: 'running' | 'exhausted' | 'done';
  started: boolean;
}

interface WorkerState {
  online: boolean;
  lastOfferAt: number | null;
  offers: number;
  booked: { start: number; end: number }[];
}

type Ev =
  | { k: 'online' | 'offline'; w: number }
  | { k: 'post'; s: number }
  | { k: 'wave'; s: number; wave: number; deferred?: boolean }
  | { k: 'respond'; o: number; accept: boolean }
  | { k: 'expire'; o: number }
  | { k: 'end'; s: number }
  | { k: 'sweep' };

export interface RunResult {
  strategy: Strategy;
  batchWindowMs: number;
  seed: number;
  seats: number;
  seatsFilled: number;
  fillRate: number;
  shiftsFullyFilled: number;
  medianTimeToFillMin: number;
  meanTravelKm: number;
  offerGini: number;
  offers: number;
  accepted: number;
  declined: number;
  expired: number;
  waves: number;
  firstWaveBatches: number;
  /** First waves planned together with at least one other shift. */
  jointFirstWaves: number;
  meanBatchShifts: number;
  /** Shifts a wave-1 job took from the batch set although its own shift was not in it (then dropped). */
  lostClaims: number;
  /** First waves sent alone by a deferred job (1 s after the window) because their claim was dropped. */
  firstWavesAloneAfterDefer: number;
  wallMs: number;
}

/** The behaviour model (reported with the results). */
export const ACCEPTANCE = {
  /** Share of offers the worker looks at at all. */
  responds: 0.8,
  medianDelayMs: 25_000,
  delaySigma: 0.7,
  /** P(accept) = base × exp(−km / distanceScaleKm) × min(1.4, pay / expected pay)², at most 0.95. */
  base: 0.8,
  distanceScaleKm: 8,
} as const;

/**
 * The worker's answer to an offer, drawn from numbers fixed by (seed, worker,
 * shift): the same offer gets the same answer under every strategy. Acceptance
 * falls with distance and rises with pay relative to what the worker expects;
 * some never look at their phone in time.
 */
export function reaction(
  seed: number,
  worker: SimWorker,
  shift: SimShift,
  distance: number,
): { respondsAfterMs: number | null; accept: boolean } {
  const u = (k: number) => uniformAt(seed, worker.idx, shift.idx, k);
  if (u(1) > ACCEPTANCE.responds) return { respondsAfterMs: null, accept: false };
  // Log-normal delay.
  const z = Math.sqrt(-2 * Math.log(1 - u(2))) * Math.cos(2 * Math.PI * u(3));
  const delay = ACCEPTANCE.medianDelayMs * Math.exp(ACCEPTANCE.delaySigma * z);
  const expected = tradeInfo(shift.tradeCode).hourlyFen * worker.pickiness;
  const payRatio = Math.min(1.4, shift.hourlyEquivalentFen / expected);
  const p = Math.min(
    0.95,
    ACCEPTANCE.base * Math.exp(-distance / ACCEPTANCE.distanceScaleKm) * payRatio ** 2,
  );
  return { respondsAfterMs: delay, accept: u(4) < p };
}

export function simulate(
  world: World,
  strategy: Strategy,
  settings: SimSettings = PRODUCT_SETTINGS,
): RunResult {
  const t0 = performance.now();
  const { workers, shifts, seed } = world;
  const queue = new EventQueue<Ev>();
  const offers: Offer[] = [];
  const ws: WorkerState[] = workers.map(() => ({
    online: false,
    lastOfferAt: null,
    offers: 0,
    booked: [],
  }));
  const ss: ShiftState[] = shifts.map((s) => ({
    status: 'open',
    filled: 0,
    pending: 0,
    offered: new Set(),
    offerIds: [],
    req: {
      tradeCode: s.tradeCode,
      certificates: s.certificates,
      startsAt: at(s.startsAt),
      endsAt: at(s.endsAt),
      pay: s.pay,
      minCredit: s.minCredit,
    },
    filledAt: null,
    radiusKm: settings.radiusKm,
    wave: 0,
    firstWaveAt: null,
    updatedAt: 0,
    state: 'running',
    started: false,
  }));
  const online = new Set<number>();
  const reach = staticCandidates(world, settings.maxRadiusKm);
  const batchSet = new Set<number>();
  const batched = strategy === 'batched' && settings.batchWindowMs > 0;
  const stats = {
    waves: 0,
    batches: 0,
    joint: 0,
    batchShifts: 0,
    lostClaims: 0,
    aloneAfterDefer: 0,
  };

  for (const w of workers) {
    queue.push(w.onlineAt, { k: 'online', w: w.idx });
    queue.push(w.offlineAt, { k: 'offline', w: w.idx });
  }
  for (const s of shifts) {
    queue.push(s.postedAt, { k: 'post', s: s.idx });
    queue.push(s.endsAt, { k: 'end', s: s.idx });
  }
  const firstPost = Math.min(...shifts.map((s) => s.postedAt));
  for (
    let t = Math.ceil(firstPost / SWEEP_EVERY_MS) * SWEEP_EVERY_MS;
    t < settings.endAt;
    t += SWEEP_EVERY_MS
  )
    queue.push(t, { k: 'sweep' });

  const busy = (w: number, s: SimShift) =>
    ws[w]!.booked.some((b) => b.start < s.endsAt && s.startsAt < b.end);

  /**
   * WaveRunner.search() over CandidatesService.rank(): online workers within the
   * radius, no offer for this shift yet, eligible, best first; the radius widens
   * step by step while there are fewer than `slots`. Eligibility does not depend on
   * the radius, so it is decided once and each step only counts who is inside.
   */
  const search = (s: SimShift, slots: number, limit: number, now: number, wave: number) => {
    const st = ss[s.idx]!;
    const eligible: { w: number; d: number }[] = [];
    for (const c of reach[s.idx]!) {
      if (ws[c.w]!.online && !st.offered.has(c.w) && !busy(c.w, s)) eligible.push(c);
    }
    const steps = radiusSteps(st.radiusKm, settings.radiusGrowth, settings.maxRadiusKm);
    let radiusKm = steps[steps.length - 1]!;
    let exhausted = true;
    for (const r of steps) {
      if (eligible.filter((c) => c.d <= r).length >= slots) {
        radiusKm = r;
        exhausted = false;
        break;
      }
    }
    const inside: Candidate[] = eligible
      .filter((c) => c.d <= radiusKm)
      .map(({ w, d }) => {
        const worker = workers[w]!;
        const last = ws[w]!.lastOfferAt;
        return {
          w,
          workerId: worker.id,
          distanceKm: Math.round(d * 1000) / 1000,
          score: score({
            distanceKm: d,
            radiusKm,
            level: worker.trades.find((t) => t.code === s.tradeCode)?.level ?? 1,
            ratingAverage: worker.ratingAverage,
            ratingCount: worker.ratingCount,
            completed: worker.completed,
            noShows: worker.noShows,
            lastOfferAt: last === null ? null : at(last),
            favourite: false,
            now: at(now),
          }),
        };
      });
    const candidates = (
      strategy === 'random'
        ? shuffle(mulberry32(mix(seed, s.idx, wave, 7)), inside)
        : inside.sort(compareByScore)
    ).slice(0, limit);
    return { candidates, radiusKm, exhausted };
  };

  /** WaveRunner.offerWave(): one wave for these shifts, planned jointly when several. */
  const offerWave = (ids: number[], wave: number, now: number, deferredRun = false) => {
    const live = [...new Set(ids)]
      .sort((a, b) => a - b)
      .filter((i) => ss[i]!.state !== 'done' && (wave > 1 || ss[i]!.firstWaveAt === null));
    const wanted = new Map<number, number>();
    for (const i of live) {
      const st = ss[i]!;
      if (st.status !== 'open') {
        st.state = 'done';
        continue;
      }
      const size = waveSize(
        seatsOpen({ headcount: shifts[i]!.headcount, filled: st.filled }),
        st.pending,
        settings.waveSizeFactor,
      );
      if (size > 0) wanted.set(i, size);
    }
    if (wanted.size === 0) return;
    stats.waves += wanted.size;
    const depth = [...wanted.values()].reduce((a, b) => a + b, 0);
    const searches = new Map<number, ReturnType<typeof search>>();
    const planned: PlanShift[] = [];
    for (const [i, slots] of wanted) {
      const found = search(shifts[i]!, slots, depth, now, wave);
      searches.set(i, found);
      planned.push({
        shiftId: String(i),
        slots,
        candidates: found.candidates.map((c) => ({ workerId: c.workerId, score: c.score.total })),
      });
    }
    if (wave === 1) {
      stats.batches += 1;
      stats.batchShifts += planned.length;
      if (planned.length > 1) stats.joint += planned.length;
      if (deferredRun) stats.aloneAfterDefer += planned.length;
    }
    // Random keeps its random order: "greedy" over a shuffled list takes the first ones.
    const plan = planFirstWaves(
      planned,
      planned.length > 1 && strategy === 'batched' ? 'batched' : 'greedy',
    );
    for (const [i, found] of searches) {
      const st = ss[i]!;
      const byWorker = new Map(found.candidates.map((c) => [c.workerId, c]));
      for (const p of plan.get(String(i)) ?? []) sendOffer(i, byWorker.get(p.workerId)!, now);
      st.radiusKm = found.radiusKm;
      st.state = found.exhausted ? 'exhausted' : 'running';
      st.firstWaveAt ??= now;
      st.updatedAt = now;
    }
  };

  const sendOffer = (s: number, c: Candidate, now: number) => {
    const st = ss[s]!;
    if (st.offered.has(c.w)) return;
    st.offered.add(c.w);
    st.pending += 1;
    const o =
      offers.push({
        shift: s,
        worker: c.w,
        status: 'pending',
        createdAt: now,
        distanceKm: c.distanceKm,
      }) - 1;
    const w = ws[c.w]!;
    w.lastOfferAt = now;
    w.offers += 1;
    st.offerIds.push(o);
    queue.push(now + settings.offerTtlMs, { k: 'expire', o });
    const r = reaction(seed, workers[c.w]!, shifts[s]!, c.distanceKm);
    if (r.respondsAfterMs !== null && r.respondsAfterMs < settings.offerTtlMs)
      queue.push(now + r.respondsAfterMs, { k: 'respond', o, accept: r.accept });
  };

  /** An offer leaves `pending`; declined and expired ones trigger the next wave. */
  const close = (o: number, status: OfferStatus, now: number) => {
    const offer = offers[o]!;
    offer.status = status;
    const st = ss[offer.shift]!;
    st.pending -= 1;
    if ((status === 'declined' || status === 'expired') && st.state !== 'done') {
      st.wave += 1;
      st.updatedAt = now;
      queue.push(now + settings.jobLatencyMs, { k: 'wave', s: offer.shift, wave: st.wave });
    }
  };

  /** SeatsService.claim(): a seat under the headcount, no overlapping booking. */
  const accept = (o: number, now: number) => {
    const offer = offers[o]!;
    const s = shifts[offer.shift]!;
    const st = ss[offer.shift]!;
    if (st.status !== 'open' || st.filled >= s.headcount || now >= s.endsAt) {
      close(o, 'revoked', now);
      return;
    }
    st.filled += 1;
    ws[offer.worker]!.booked.push({ start: s.startsAt, end: s.endsAt });
    close(o, 'accepted', now);
    if (st.filled === s.headcount) {
      st.status = 'filled';
      st.filledAt = now;
      for (const i of st.offerIds) if (offers[i]!.status === 'pending') close(i, 'revoked', now);
    }
  };

  for (let ev = queue.pop(); ev && ev.at < settings.endAt; ev = queue.pop()) {
    const now = ev.at;
    const e = ev.item;
    switch (e.k) {
      case 'online':
        ws[e.w]!.online = true;
        online.add(e.w);
        break;
      case 'offline':
        ws[e.w]!.online = false;
        online.delete(e.w);
        break;
      case 'post': {
        const st = ss[e.s]!;
        st.wave = 1;
        st.updatedAt = now;
        if (batched) {
          batchSet.add(e.s);
          queue.push(now + settings.batchWindowMs, { k: 'wave', s: e.s, wave: 1 });
        } else {
          queue.push(now + settings.jobLatencyMs, { k: 'wave', s: e.s, wave: 1 });
        }
        break;
      }
      case 'wave':
        if (e.wave === 1 && batched && !e.deferred) {
          // WaveJobs.wave(): the first job due claims the whole window (MULTI SMEMBERS DEL).
          // As the product does it, a job whose own shift another job already claimed still
          // empties the set; the shifts it took then wait for their own deferred run, alone.
          // `claimOnlyOwn` is the fix: claim only when the job's own shift is still waiting.
          if (settings.claimOnlyOwn && !batchSet.has(e.s)) {
            queue.push(now + DEFER_MS, { k: 'wave', s: e.s, wave: 1, deferred: true });
            break;
          }
          const claimed = [...batchSet];
          batchSet.clear();
          if (claimed.includes(e.s)) offerWave(claimed, 1, now);
          else {
            stats.lostClaims += claimed.length;
            queue.push(now + DEFER_MS, { k: 'wave', s: e.s, wave: 1, deferred: true });
          }
        } else {
          offerWave([e.s], e.wave, now, e.deferred === true);
        }
        break;
      case 'respond': {
        const offer = offers[e.o]!;
        if (offer.status !== 'pending' || !ws[offer.worker]!.online) break;
        // A worker already booked for overlapping hours says no.
        if (e.accept && !busy(offer.worker, shifts[offer.shift]!)) accept(e.o, now);
        else close(e.o, 'declined', now);
        break;
      }
      case 'expire':
        if (offers[e.o]!.status === 'pending') close(e.o, 'expired', now);
        break;
      case 'end': {
        const st = ss[e.s]!;
        if (st.status === 'open') st.status = 'expired';
        st.state = 'done';
        for (const i of st.offerIds) if (offers[i]!.status === 'pending') close(i, 'revoked', now);
        break;
      }
      case 'sweep':
        // WaveTriggers.restartIdleRuns(): seats open, no pending offer, no wave for a minute.
        for (const s of shifts) {
          const st = ss[s.idx]!;
          if (
            st.state !== 'done' &&
            st.status === 'open' &&
            st.filled < s.headcount &&
            st.firstWaveAt !== null &&
            st.updatedAt < now - IDLE_MS &&
            st.pending === 0
          ) {
            st.wave += 1;
            st.updatedAt = now;
            queue.push(now + settings.jobLatencyMs, { k: 'wave', s: s.idx, wave: st.wave });
          }
        }
        break;
    }
  }

  const seats = shifts.reduce((a, s) => a + s.headcount, 0);
  const accepted = offers.filter((o) => o.status === 'accepted');
  const fills = shifts
    .filter((s) => ss[s.idx]!.filledAt !== null)
    .map((s) => (ss[s.idx]!.filledAt! - s.postedAt) / MINUTE);
  return {
    strategy,
    batchWindowMs: batched ? settings.batchWindowMs : 0,
    seed,
    seats,
    seatsFilled: accepted.length,
    fillRate: accepted.length / seats,
    shiftsFullyFilled: fills.length,
    medianTimeToFillMin: median(fills),
    meanTravelKm: mean(accepted.map((o) => o.distanceKm)),
    offerGini: gini(ws.map((w) => w.offers)),
    offers: offers.length,
    accepted: accepted.length,
    declined: offers.filter((o) => o.status === 'declined').length,
    expired: offers.filter((o) => o.status === 'expired').length,
    waves: stats.waves,
    firstWaveBatches: stats.batches,
    jointFirstWaves: stats.joint,
    meanBatchShifts: stats.batches ? stats.batchShifts / stats.batches : 0,
    lostClaims: stats.lostClaims,
    firstWavesAloneAfterDefer: stats.aloneAfterDefer,
    wallMs: performance.now() - t0,
  };
}

/**
 * For each shift, the workers within the largest radius who pass every rule that
 * cannot change during the morning (ineligibility() with busy = false; a worker's
 * position is their home), nearest first. Only `busy` (the product's overlap rule),
 * being online and not yet offered are checked at each wave. Shared by the
 * strategies run on one world.
 */
const reachCache = new WeakMap<World, { w: number; d: number }[][]>();
function staticCandidates(world: World, maxRadiusKm: number): { w: number; d: number }[][] {
  const cached = reachCache.get(world);
  if (cached) return cached;
  const byTrade = new Map<string, SimWorker[]>();
  for (const w of world.workers)
    for (const t of w.trades) byTrade.set(t.code, [...(byTrade.get(t.code) ?? []), w]);
  const reach = world.shifts.map((s) => {
    const req: ShiftRequirements = {
      tradeCode: s.tradeCode,
      certificates: s.certificates,
      startsAt: at(s.startsAt),
      endsAt: at(s.endsAt),
      pay: s.pay,
      minCredit: s.minCredit,
    };
    const out: { w: number; d: number }[] = [];
    // Workers without the trade fail `trade_missing` anyway: only holders are asked.
    for (const worker of byTrade.get(s.tradeCode) ?? []) {
      const d = distanceKm(s.site, worker.home);
      if (d > maxRadiusKm) continue;
      const facts = {
        workerId: worker.id,
        trades: worker.trades,
        certificates: worker.certificates,
        availability: worker.availability,
        minPay: worker.minPay,
        maxTravelKm: worker.maxTravelKm,
        creditScore: worker.creditScore,
        blacklisted: worker.blacklisted,
        distanceKm: d,
        busy: false,
      };
      if (ineligibility(facts, req).length === 0) out.push({ w: worker.idx, d });
    }
    return out.sort((x, y) => x.d - y.d);
  });
  reachCache.set(world, reach);
  return reach;
}

interface Candidate {
  w: number;
  workerId: string;
  distanceKm: number;
  score: Score;
}
