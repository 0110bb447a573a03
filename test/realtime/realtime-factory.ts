import { io, Socket } from 'socket.io-client';
import {
  AppProcess,
  freePort,
  listening,
  sharedEnv,
  startProcess,
  stopProcess,
} from '../support/processes';
import type { SignedIn, TestApi } from '../support/test-api';
import { startApi } from '../support/test-api';
import { northOfCentre, workerWithProfile } from '../listings/listings-factory';

export interface RealtimeNode {
  url: string;
  proc: AppProcess;
}

/**
 * The API (in this process, on a database and Redis prefix of its own), a matcher
 * and two realtime nodes as real processes on that database and prefix.
 */
export class Cluster {
  readonly procs: AppProcess[] = [];
  readonly clients: TestClient[] = [];
  nodes: RealtimeNode[] = [];

  constructor(
    readonly api: TestApi,
    private readonly env: Record<string, string>,
  ) {}

  static async start(env: Record<string, string> = {}, nodes = 2): Promise<Cluster> {
    const cluster = new Cluster(await startApi(env), env);
    const matcher = startProcess(
      'matcher',
      sharedEnv(cluster.api, { MATCHER_PORT: String(await freePort()), LOG_LEVEL: 'info', ...env }),
    );
    cluster.procs.push(matcher);
    const started = [listening(matcher)];
    for (let i = 0; i < nodes; i++) started.push(cluster.addNode().then(() => undefined));
    await Promise.all(started);
    return cluster;
  }

  /** Starts a realtime node (on `port` when given: a client may already be trying that URL). */
  async addNode(port?: number): Promise<RealtimeNode> {
    port ??= await freePort();
    const proc = startProcess(
      'realtime',
      sharedEnv(this.api, {
        REALTIME_PORT: String(port),
        REALTIME_CLAIM_IDLE_MS: '1000',
        LOG_LEVEL: 'info',
        ...this.env,
      }),
    );
    this.procs.push(proc);
    await listening(proc);
    const node = { url: `http://127.0.0.1:${port}`, proc };
    this.nodes.push(node);
    return node;
  }

  /** A client of `nodes[first]` that fails over to the other nodes, in order (or to `urls`). */
  connect(
    auth: Record<string, unknown>,
    first = 0,
    options: ClientOptions = {},
    urls = [...this.nodes.slice(first), ...this.nodes.slice(0, first)].map((n) => n.url),
  ): TestClient {
    const client = new TestClient(urls, auth, options);
    this.clients.push(client);
    return client;
  }

  async close(): Promise<void> {
    for (const c of this.clients) c.close();
    for (const p of this.procs) await stopProcess(p, 'SIGKILL');
    await this.api?.close();
  }
}

export interface Received {
  type: string;
  payload: Record<string, any>;
}

export interface ClientOptions {
  /** Stay on the first URL (no failover): for tests of one node's behaviour. */
  pinned?: boolean;
  /** false: no automatic reconnect; the test calls `socket.connect()` itself (tests of recovery). */
  reconnection?: boolean;
}

/**
 * A phone, as a small socket.io client: it records everything it receives, keeps
 * the last eventId it saw and passes it on every reconnect (`auth.lastEventId`),
 * and fails over — on a connection error or `server.draining` it points the same
 * socket (so connection state recovery still applies) at the next node.
 */
export class TestClient {
  readonly socket: Socket;
  readonly received: Received[] = [];
  lastEventId?: string;
  private urlIndex = 0;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly urls: string[],
    private readonly auth: Record<string, unknown>,
    options: ClientOptions = {},
  ) {
    this.socket = io(urls[0], {
      transports: ['websocket'],
      reconnection: options.reconnection ?? true,
      reconnectionDelay: 100,
      reconnectionDelayMax: 300,
      randomizationFactor: 0,
      auth: (cb) =>
        cb({ ...this.auth, ...(this.lastEventId ? { lastEventId: this.lastEventId } : {}) }),
    });
    this.socket.onAny((type: string, payload: Record<string, any>) => {
      this.received.push({ type, payload });
      // A snapshot reflects every event up to its eventId: resume after it next time.
      if (typeof payload?.eventId === 'string') this.lastEventId = payload.eventId;
      this.notify();
    });
    const record = (type: string) => (payload: any) => {
      this.received.push({ type, payload });
      this.notify();
    };
    this.socket.on('connect', () => record('connect')({ recovered: this.socket.recovered }));
    this.socket.on('disconnect', (reason) => record('disconnect')({ reason }));
    this.socket.on('connect_error', (error: Error & { data?: unknown }) => {
      record('connect_error')({ message: error.message, data: error.data });
      // A refused handshake is final, except from a node that is shutting down.
      const code = (error.data as { code?: string } | undefined)?.code;
      if (options.pinned) return;
      if (!code) this.failover();
      if (code === 'SERVER_DRAINING') {
        // socket.io does not retry a refused handshake by itself.
        this.failover();
        this.socket.connect();
      }
    });
    this.socket.on('server.draining', () => {
      if (!options.pinned) this.failover();
    });
  }

  /** Points the next (re)connection at the next node. */
  failover(): void {
    this.urlIndex = (this.urlIndex + 1) % this.urls.length;
    (this.socket.io as unknown as { uri: string }).uri = this.urls[this.urlIndex]!;
  }

  get url(): string {
    return this.urls[this.urlIndex]!;
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves with the first received item (from the start) matching, waiting for it if needed. */
  async waitFor(
    type: string,
    predicate: (payload: Record<string, any>) => boolean = () => true,
    timeoutMs = 15_000,
  ): Promise<Record<string, any>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.received.find((r) => r.type === type && predicate(r.payload));
      if (hit) return hit.payload;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(
          `timed out waiting for ${type}; received ${JSON.stringify(this.received.map((r) => r.type))}`,
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits for the `n`-th connect (1-based), counting reconnects. */
  async connected(n = 1): Promise<Record<string, any>> {
    await this.waitFor('connect', () => this.count('connect') >= n);
    return this.received.filter((r) => r.type === 'connect')[n - 1]!.payload;
  }

  count(type: string): number {
    return this.received.filter((r) => r.type === type).length;
  }

  /** Sends a client event and resolves with its ack. */
  request(event: string, payload: unknown): Promise<any> {
    return this.socket.timeout(5_000).emitWithAck(event, payload);
  }

  /** eventIds of the domain events received (replayed or live), without duplicates. */
  eventIds(types?: string[]): Set<string> {
    return new Set(
      this.received
        .filter((r) => typeof r.payload?.eventId === 'string' && !r.type.endsWith('.snapshot'))
        .filter((r) => !types || types.includes(r.type))
        .map((r) => r.payload.eventId as string),
    );
  }

  /** Drops the transport as a lost network would (a drop the server keeps the session of, for recovery). */
  async drop(): Promise<void> {
    const n = this.count('disconnect');
    this.socket.io.engine.close();
    await this.waitFor('disconnect', () => this.count('disconnect') > n);
  }

  close(): void {
    this.socket.close();
  }
}

/** A worker with a profile for `trade`, online (HTTP presence) `km` north of the centre. */
export async function onlineWorker(api: TestApi, trade: string, km = 0.5): Promise<SignedIn> {
  const worker = await workerWithProfile(api, {
    availability: [],
    maxTravelKm: 50,
    trades: [{ code: trade, level: 3 }],
  });
  const res = await api.post(
    '/api/v1/workers/me/presence',
    { online: true, location: northOfCentre(km) },
    { token: worker.token },
  );
  if (res.status !== 200) throw new Error(`presence: ${res.status} ${JSON.stringify(res.body)}`);
  return worker;
}
