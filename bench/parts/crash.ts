/**
 * Issue 6 part 4, crash: the API, two matchers and two realtime nodes; online workers
 * hold sockets (failing over to the other node with auth.lastEventId); employers post
 * instant shifts steadily; mid-load one matcher and one realtime node are SIGKILLed.
 * Reports offers lost (an offer row whose worker never received it), duplicate offers
 * (raw and after dedupe by eventId) and how long until post → offer latency is normal.
 */
import { io, type Socket } from 'socket.io-client';
import { Latency, nowMs, round } from '../lib/histogram';
import type { Part } from '../lib/part';
import type { Row } from '../lib/report';
import { BenchStack, cpuMeter } from '../lib/stack';
import {
  HttpClient,
  insertEmployerProfiles,
  insertUsers,
  insertWorkerProfiles,
  signIn,
} from './contention';

const PART = 'crash';
const CENTRE = { lat: 38.914, lng: 121.614 };
const KM_PER_DEGREE = (2 * Math.PI * 6378.168) / 360;

interface OfferSeen {
  offerId: string;
  shiftId: string;
  eventId: string;
  /** nowMs() when it arrived. */
  at: number;
}

/**
 * A worker's phone: connects to one node, and on a connection error (or a draining node)
 * points the same socket at the other node; every (re)connect passes the last eventId seen.
 */
class Phone {
  readonly socket: Socket;
  readonly offers: OfferSeen[] = [];
  /** Offer ids that came in an offers.snapshot (a reconnect with no usable lastEventId). */
  readonly snapshotOffers = new Set<string>();
  lastEventId?: string;
  connects = 0;
  disconnects = 0;
  /** Reconnects that had no eventId to pass (nothing received yet): caught up by snapshot. */
  reconnectsWithoutEventId = 0;
  private urlIndex: number;

  constructor(
    private readonly urls: string[],
    first: number,
    token: string,
    private readonly position: { lat: number; lng: number },
    private readonly onEvent: () => void,
  ) {
    this.urlIndex = first;
    this.socket = io(urls[first], {
      transports: ['websocket'],
      reconnectionDelay: 100,
      reconnectionDelayMax: 300,
      randomizationFactor: 0,
      auth: (cb) => cb({ token, ...(this.lastEventId ? { lastEventId: this.lastEventId } : {}) }),
    });
    this.socket.onAny((type: string, payload: Record<string, any>) => {
      const at = nowMs();
      if (type === 'offer.created') {
        this.offers.push({
          offerId: payload.offerId,
          shiftId: payload.shift?.id,
          eventId: payload.eventId,
          at,
        });
      } else if (type === 'offers.snapshot') {
        for (const item of payload.items ?? []) this.snapshotOffers.add(item.id);
      }
      if (typeof payload?.eventId === 'string') this.lastEventId = payload.eventId;
      this.onEvent();
    });
    this.socket.on('connect', () => {
      this.connects += 1;
      if (this.connects > 1 && !this.lastEventId) this.reconnectsWithoutEventId += 1;
      // The heartbeat that puts the worker in the candidate index (again, after a failover).
      this.socket.emit('presence', this.position);
      this.onEvent();
    });
    this.socket.on('disconnect', () => (this.disconnects += 1));
    this.socket.on('connect_error', (error: Error & { data?: { code?: string } }) => {
      const code = error.data?.code;
      if (!code) this.failover();
      if (code === 'SERVER_DRAINING') {
        this.failover();
        this.socket.connect();
      }
    });
    this.socket.on('server.draining', () => this.failover());
  }

  private failover(): void {
    this.urlIndex = (this.urlIndex + 1) % this.urls.length;
    (this.socket.io as unknown as { uri: string }).uri = this.urls[this.urlIndex]!;
  }

  /** Resolves once connected with its presence acknowledged. */
  async ready(timeoutMs: number): Promise<void> {
    if (!this.socket.connected) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('socket did not connect')), timeoutMs);
        this.socket.once('connect', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    const ack = await this.socket.timeout(timeoutMs).emitWithAck('presence', this.position);
    if (!ack?.ok) throw new Error(`presence refused: ${JSON.stringify(ack)}`);
  }

  close(): void {
    this.socket.close();
  }
}

/** Resolves on the next event any phone receives, or after `ms`. */
function nextEventOr(ms: number, waiters: (() => void)[]): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    waiters.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** A start time today in Asia/Shanghai (instant shifts must start today), soon. */
function instantWindow(): { startsAt: string; endsAt: string } {
  const now = Date.now();
  const shanghai = 8 * 3_600_000;
  const nextMidnight = Math.floor((now + shanghai) / 86_400_000 + 1) * 86_400_000 - shanghai;
  const start = Math.min(now + 30 * 60_000, nextMidnight - 2 * 60_000);
  const iso = (t: number) => `${new Date(t + shanghai).toISOString().slice(0, 19)}+08:00`;
  return { startsAt: iso(start), endsAt: iso(start + 4 * 3_600_000) };
}

export const run: Part = async ({ quick, log }) => {
  const workerCount = quick ? 100 : 400;
  const postsPerS = quick ? 8 : 10;
  const loadMs = quick ? 6_000 : 60_000;
  const killAtMs = quick ? 2_500 : 20_000;
  const drainMs = quick ? 3_000 : 40_000;
  const employerCount = 10;

  const stack = await BenchStack.create();
  const db = stack.db();
  await db.connect();
  let http: HttpClient | undefined;
  const phones: Phone[] = [];
  try {
    const [api, m1, , n1, n2] = await Promise.all([
      stack.start('api'),
      stack.start('matcher'),
      stack.start('matcher'),
      stack.start('realtime'),
      stack.start('realtime'),
    ]);
    http = new HttpClient(api.url, 64);

    log(
      `${PART}: setup ${workerCount} workers, ${employerCount} employers (SQL), sign-in over HTTP`,
    );
    const employers = await insertUsers(db, employerCount, 'employer', '138');
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
    const [workerTokens, employerTokens] = await Promise.all([
      signIn(http, workers, 'worker'),
      signIn(http, employers, 'employer'),
    ]);
    const idOfPhone = new Map<Phone, string>();

    // Phones: half on each node, spread within ~4 km of the centre (denser near it).
    const waiters: (() => void)[] = [];
    const notify = () => {
      for (const w of waiters.splice(0)) w();
    };
    const urls = [n1.url, n2.url];
    for (let i = 0; i < workerCount; i++) {
      const r = (4 * ((i * 37) % 100) ** 2) / 10_000;
      const angle = (i * 2.399963) % (2 * Math.PI);
      const position = {
        lat: Number((CENTRE.lat + (r * Math.sin(angle)) / KM_PER_DEGREE).toFixed(6)),
        lng: Number((CENTRE.lng + (r * Math.cos(angle)) / (KM_PER_DEGREE * 0.778)).toFixed(6)),
      };
      const phone = new Phone(urls, i % 2, workerTokens[i]!, position, notify);
      phones.push(phone);
      idOfPhone.set(phone, workers[i]!.id);
    }
    await Promise.all(phones.map((p) => p.ready(15_000)));
    log(`${PART}: ${phones.length} phones online on 2 nodes`);

    // Load: open loop, one post every 1000/R ms, round robin over the employers.
    const posts: { t0: number; shiftId?: string; status?: number }[] = [];
    const cpu = cpuMeter();
    const loadStart = nowMs();
    let killAt = 0;
    let killed = false;
    const inflight: Promise<void>[] = [];
    const interval = 1000 / postsPerS;
    let n = 0;
    const killPromise = (async () => {
      await new Promise((r) => setTimeout(r, killAtMs));
      killAt = nowMs();
      log(`${PART}: SIGKILL one matcher and one realtime node`);
      await Promise.all([stack.kill(m1, 'SIGKILL'), stack.kill(n1, 'SIGKILL')]);
      killed = true;
    })();
    while (nowMs() - loadStart < loadMs) {
      const due = loadStart + n * interval;
      const wait = due - nowMs();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const entry: (typeof posts)[number] = { t0: nowMs() };
      posts.push(entry);
      const employerIndex = n % employerCount;
      n += 1;
      inflight.push(
        http
          .send('POST', '/api/v1/shifts', employerTokens[employerIndex], {
            title: `即时装卸 ${n}`,
            tradeCode: 'loader',
            description: '压测',
            location: { ...CENTRE, address: '大连市中山区人民路 1 号', district: '中山区' },
            ...instantWindow(),
            pay: { unit: 'hour', amountFen: 3000 },
            headcount: 2,
            requirements: { certificates: [], minCredit: 0 },
            instant: true,
            autoConfirm: false,
          })
          .then((res) => {
            entry.status = res.status;
            entry.shiftId = (res.body as { id?: string } | undefined)?.id;
          }),
      );
    }
    await Promise.all(inflight);
    await killPromise;
    const generatorCpu = cpu();
    const loadEnd = nowMs();
    log(`${PART}: ${posts.length} posts in ${round((loadEnd - loadStart) / 1000, 1)} s; draining`);

    // Drain: every posted shift must get its offers and every offer row must reach its
    // worker (all workers are eligible for every shift). Await the phones' events (or
    // re-check every 500 ms for rows made meanwhile) until all arrived and no new row appears.
    type OfferRow = { id: string; worker_id: string; shift_id: string };
    let offerRows: OfferRow[] = [];
    const phoneOf = new Map(phones.map((p) => [idOfPhone.get(p)!, p]));
    const receivedBy = (row: OfferRow) =>
      phoneOf.get(row.worker_id)?.offers.some((o) => o.offerId === row.id) ?? false;
    const reached = (row: OfferRow) =>
      receivedBy(row) || (phoneOf.get(row.worker_id)?.snapshotOffers.has(row.id) ?? false);
    const deadline = nowMs() + drainMs;
    let previousCount = -1;
    for (;;) {
      offerRows = (await db.query<OfferRow>(`SELECT id, worker_id, shift_id FROM offers`)).rows;
      const missing = offerRows.filter((r) => !reached(r)).length;
      const offered = new Set(offerRows.map((r) => r.shift_id));
      const waiting = posts.filter((p) => p.shiftId && !offered.has(p.shiftId)).length;
      if (missing === 0 && waiting === 0 && offerRows.length === previousCount) break;
      previousCount = offerRows.length;
      if (nowMs() > deadline) break;
      await nextEventOr(500, waiters);
    }
    const drainedMs = nowMs() - loadEnd;

    // Lost: rows whose worker got neither offer.created nor the offer in an offers.snapshot
    // (the documented catch-up of a reconnect with no lastEventId); snapshot-only counted apart.
    const notReceived = offerRows.filter((r) => !receivedBy(r));
    const onlyInSnapshot = notReceived.filter((r) =>
      phoneOf.get(r.worker_id)?.snapshotOffers.has(r.id),
    ).length;
    const lost = notReceived.length - onlyInSnapshot;
    // Duplicates: offer.created twice for one worker and offer, raw and after dedupe by eventId.
    let dupRaw = 0;
    let dupDeduped = 0;
    for (const p of phones) {
      const byOffer = new Map<string, string[]>();
      for (const o of p.offers)
        byOffer.set(o.offerId, [...(byOffer.get(o.offerId) ?? []), o.eventId]);
      for (const eventIds of byOffer.values()) {
        dupRaw += eventIds.length - 1;
        dupDeduped += new Set(eventIds).size - 1;
      }
    }

    // Post → offer latency: per offer, its first arrival after the post started.
    const postOf = new Map(posts.filter((p) => p.shiftId).map((p) => [p.shiftId!, p.t0]));
    const samples: { posted: number; ms: number }[] = [];
    const firstArrival = new Map<string, number>();
    for (const p of phones) {
      for (const o of p.offers) {
        const key = `${o.offerId}`;
        if (!firstArrival.has(key) || firstArrival.get(key)! > o.at) firstArrival.set(key, o.at);
      }
    }
    const shiftOfOffer = new Map(offerRows.map((r) => [r.id, r.shift_id]));
    for (const [offerId, at] of firstArrival) {
      const posted = postOf.get(shiftOfOffer.get(offerId) ?? '');
      if (posted !== undefined) samples.push({ posted, ms: at - posted });
    }
    // The baseline is the second half of the pre-crash load (the first half warms up).
    const before = new Latency();
    const after = new Latency();
    const baselineFrom = killAt - (killAt - loadStart) / 2;
    for (const s of samples) {
      if (s.posted >= killAt) after.recordMs(s.ms);
      else if (s.posted >= baselineFrom) before.recordMs(s.ms);
    }
    const pre = before.summary();
    const threshold = Math.max(2 * pre.p50, 10);
    // Sliding 2 s windows (by post time, step 250 ms) from the kill to the end of the load:
    // normal again from the first window after which every window's p50 is under threshold.
    const windowMs = 2_000;
    const stepMs = 250;
    const windows: { fromMs: number; p50: number; count: number }[] = [];
    for (let w = killAt; w + windowMs <= loadEnd; w += stepMs) {
      const h = new Latency();
      for (const s of samples) if (s.posted >= w && s.posted < w + windowMs) h.recordMs(s.ms);
      if (h.count)
        windows.push({ fromMs: round(w - killAt, 0), p50: round(h.p(50)), count: h.count });
    }
    let recoveredAt: number | null = null;
    for (let i = windows.length - 1; i >= 0 && windows[i]!.p50 <= threshold; i--) {
      recoveredAt = windows[i]!.fromMs;
    }
    const shiftsPosted = posts.filter((p) => p.shiftId);
    const withOffer = new Set(offerRows.map((r) => r.shift_id));
    const postedAfterKill = shiftsPosted.filter((p) => p.t0 >= killAt);
    const noOfferAfterKill = postedAfterKill.filter((p) => !withOffer.has(p.shiftId!)).length;
    const noOffer = shiftsPosted.filter((p) => !withOffer.has(p.shiftId!)).length;
    const failedPosts = posts.filter((p) => p.status !== 201).length;

    const size = `${workerCount} workers, ${postsPerS} posts/s for ${loadMs / 1000} s, kill at ${killAtMs / 1000} s`;
    const rows: Row[] = [
      {
        part: PART,
        metric: 'offers lost',
        value: lost,
        unit: '',
        target: '0',
        met: lost === 0,
        note: `${offerRows.length} offers, ${size}; never received as offer.created nor in offers.snapshot`,
      },
      {
        part: PART,
        metric: 'offers that reached the worker only in offers.snapshot',
        value: onlyInSnapshot,
        unit: '',
        note: `no offer.created; ${phones.reduce((s, p) => s + p.reconnectsWithoutEventId, 0)} reconnects had no lastEventId to pass`,
      },
      {
        part: PART,
        metric: 'duplicate offers after dedupe by eventId',
        value: dupDeduped,
        unit: '',
        target: '0',
        met: dupDeduped === 0,
        note: `raw (same eventId twice): ${dupRaw}`,
      },
      {
        part: PART,
        metric: 'time until post → offer p50 is normal again',
        value: recoveredAt === null ? 'not within the load' : recoveredAt,
        unit: recoveredAt === null ? '' : 'ms',
        note: `p50 of 2 s windows ≤ ${round(threshold)} ms (2× pre-crash p50 ${pre.p50} ms); ${noOfferAfterKill} of ${postedAfterKill.length} shifts posted after the kill got no offer by the end`,
      },
      {
        part: PART,
        metric: 'post → offer p99 before / after the kill',
        value: `${pre.p99} / ${after.summary().p99}`,
        unit: 'ms',
      },
      { part: PART, metric: 'generator CPU', value: round(generatorCpu * 100, 0), unit: '%' },
    ];
    return {
      part: PART,
      rows,
      raw: {
        quick,
        workers: workerCount,
        postsPerS,
        loadMs,
        killAtMs,
        posts: posts.length,
        failedPosts,
        shiftsWithoutOffer: noOffer,
        shiftsPostedAfterKill: postedAfterKill.length,
        shiftsWithoutOfferAfterKill: noOfferAfterKill,
        offers: offerRows.length,
        lost,
        onlyInSnapshot,
        reconnectsWithoutEventId: phones.reduce((s, p) => s + p.reconnectsWithoutEventId, 0),
        duplicatesRaw: dupRaw,
        duplicatesAfterDedupe: dupDeduped,
        drainedMs: round(drainedMs),
        killed,
        reconnects: phones.reduce((s, p) => s + p.connects - 1, 0),
        latencyBeforeKill: pre,
        latencyAfterKill: after.summary(),
        thresholdMs: threshold,
        recoveredAfterMs: recoveredAt,
        windows,
        rssMiB: { api: round(stack.rssMiB(api)), realtime: round(stack.rssMiB(n2)) },
        generatorCpu: round(generatorCpu, 3),
      },
    };
  } finally {
    for (const p of phones) p.close();
    http?.close();
    await db.end().catch(() => undefined);
    await stack.close();
  }
};
