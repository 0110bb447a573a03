import type { Server as HttpServer } from 'node:http';
import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationShutdown,
} from '@nestjs/common';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import Redis from 'ioredis';
import { Server, Socket } from 'socket.io';
import { Authenticator, type AuthUser } from '@app/accounts';
import { APP_CONFIG, AppConfig, AppException, Language, pickLanguage } from '@app/common';
import { ErrorCode, Room } from '@app/contracts';
import { PresenceService } from '@app/matching';
import { DeliveryService } from '../delivery/delivery.service';
import { RealtimeMetrics } from '../delivery/realtime-metrics';
import { ReplayService } from '../replay/replay.service';
import { isAllowedOrigin } from './cors-origin';
import {
  AuthRefreshDto,
  ClientEvent,
  PresenceEventDto,
  ServerEvent,
  ShiftWatchDto,
} from './client-events';
import { CAP_RENEW_MS, ConnectionCap } from './connection-cap';
import { SocketAccessService } from './socket-access.service';
import { errorBody, handshakeError, validatePayload } from './socket-errors';
import { boardIdentity, SocketIdentity, userIdentity } from './socket-identity';
import { SessionListener } from './session-listener';
import { SocketSessions } from './socket-sessions';
import { TokenBucket } from './token-bucket';

type Ack = (reply: unknown) => void;
const DRAIN_RECONNECT_MS = 500;

/**
 * The socket.io server of a realtime node. Raw socket.io rather than a Nest
 * @WebSocketGateway: createHttpApp (shared by every app) initialises the app
 * before returning, which is when Nest builds gateways, so a custom IoAdapter
 * could not be installed in time; and the server needs runtime config (CORS
 * origin, Redis) in its constructor. main.ts attaches it to the app's HTTP server.
 */
@Injectable()
export class RealtimeGateway implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(RealtimeGateway.name);
  private io?: Server;
  private adapterRedis?: Redis;
  private httpServer?: HttpServer;
  private draining = false;
  // `session.ended` goes out on this node only, straight to the transport: a plain emit
  // passes through the cluster adapter (an awaited XADD, so it can be replayed after a
  // recovery) and would reach the client after the disconnect that follows; an ended
  // session is never recovered, so the packet needs no offset.
  private readonly sessions = new SocketSessions<Socket>((socket, event, payload) =>
    this.io?.local.to(socket.id).emit(event, payload),
  );
  private capRenewal?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly authenticator: Authenticator,
    private readonly access: SocketAccessService,
    private readonly cap: ConnectionCap,
    private readonly sessionNotices: SessionListener,
    private readonly presence: PresenceService,
    private readonly delivery: DeliveryService,
    private readonly replay: ReplayService,
    private readonly metrics: RealtimeMetrics,
  ) {}

  async attach(httpServer: HttpServer): Promise<void> {
    const prefix = this.config.REDIS_PREFIX;
    // No keyPrefix on this client: the adapter also uses PUB/SUB channels, which
    // ioredis never prefixes, so every name below carries REDIS_PREFIX itself.
    this.adapterRedis = new Redis(this.config.REDIS_URL, { maxRetriesPerRequest: 3 });
    this.httpServer = httpServer;
    this.io = new Server(httpServer, {
      path: '/socket.io',
      // Both transports; with N nodes clients use websocket only, or the balancer keeps sessions sticky.
      transports: ['polling', 'websocket'],
      cors: { origin: this.config.PUBLIC_BASE_URL, credentials: true },
      // CORS answers the page's preflight; allowRequest also refuses a foreign page's actual request.
      allowRequest: (req, callback) =>
        callback(
          null,
          isAllowedOrigin(req.headers.origin, this.config.PUBLIC_BASE_URL, req.headers.host),
        ),
      connectionStateRecovery: {
        maxDisconnectionDuration: this.config.REALTIME_RECOVERY_MS,
        // A recovering socket shows its token again: an expired or revoked one does not
        // get its rooms back (the handshake below also checks it is the same user).
        skipMiddlewares: false,
      },
      adapter: createAdapter(this.adapterRedis, {
        streamName: `${prefix}:socket.io`,
        channelPrefix: `${prefix}:socket.io`,
        sessionKeyPrefix: `${prefix}:socket.io:session:`,
        maxLen: 100_000,
        blockTimeInMs: 1_000,
      }),
    });
    this.io.use((socket, next) => {
      this.handshake(socket).then(
        () => next(),
        (error: unknown) => next(handshakeError(error, languageOf(socket))),
      );
    });
    this.io.on('connection', (socket) => this.connected(socket));
    await this.sessionNotices.start((notice) => this.sessions.apply(notice));
    this.capRenewal = setInterval(() => {
      this.cap.renew(this.sessions.held()).catch((error: unknown) => {
        this.logger.warn(`connection-cap renewal failed: ${String(error)}`);
      });
    }, CAP_RENEW_MS);
    this.capRenewal.unref();
    await this.delivery.start(this.io);
  }

  /**
   * Who the socket is: a user's token (checked like an HTTP request: signature, expiry,
   * session not ended, account active, roles from the server), or a hall screen of a
   * listed market. Anything else is refused. Runs again when a dropped socket recovers
   * its state, which it may only do as the same user or screen it was.
   */
  private async handshake(socket: Socket): Promise<void> {
    if (this.draining) {
      throw new AppException(ErrorCode.SERVER_DRAINING);
    }
    const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>;
    const before = socket.recovered
      ? (socket.data.identity as SocketIdentity | undefined)
      : undefined;
    let identity: SocketIdentity;
    if (typeof auth.token === 'string' && auth.token !== '') {
      const { user, expiresAt } = await this.authenticator.authenticate(auth.token);
      if (socket.recovered && before?.user?.id !== user.id) {
        throw new AppException(ErrorCode.UNAUTHENTICATED);
      }
      identity = userIdentity(user);
      if (!(await this.cap.claim(user.id, socket.id))) {
        throw new AppException(ErrorCode.TOO_MANY_CONNECTIONS, {
          details: [
            {
              field: 'token',
              message: {
                zh: `同一账号最多同时保持 ${this.config.REALTIME_MAX_SOCKETS_PER_USER} 个实时连接`,
                en: `At most ${this.config.REALTIME_MAX_SOCKETS_PER_USER} live connections per account`,
              },
            },
          ],
        });
      }
      socket.data.expiresAt = expiresAt.getTime();
    } else if (auth.board !== undefined) {
      identity = boardIdentity(await this.access.assertListedMarket(auth.board));
      if (socket.recovered && (before?.kind !== 'board' || before.marketId !== identity.marketId)) {
        throw new AppException(ErrorCode.UNAUTHENTICATED);
      }
    } else {
      throw new AppException(ErrorCode.UNAUTHENTICATED);
    }
    // A recovered socket got its old rooms back: drop those its roles no longer give it.
    for (const room of before?.rooms ?? []) {
      if (!identity.rooms.includes(room)) await socket.leave(room);
    }
    if (typeof auth.lastEventId === 'string' && /^\d{1,19}$/.test(auth.lastEventId)) {
      identity.lastEventId = auth.lastEventId;
    }
    socket.data.identity = identity;
  }

  private connected(socket: Socket): void {
    const identity = socket.data.identity as SocketIdentity;
    void socket.join(identity.rooms);
    this.metrics.sockets.inc({ kind: identity.kind });
    socket.on('disconnect', () => this.metrics.sockets.dec({ kind: identity.kind }));
    const user = identity.user;
    if (user) {
      this.sessions.track(
        socket,
        user.id,
        user.sessionId,
        new Date(socket.data.expiresAt as number),
      );
      socket.on('disconnect', () => {
        this.sessions.untrack(socket);
        this.cap.release(user.id, socket.id).catch(() => undefined); // the lease lapses anyway
      });
    }
    // A worker who drops is not taken offline here: they may be reconnecting to
    // another node; the presence TTL takes them out if heartbeats stop.

    const bucket = new TokenBucket(this.config.REALTIME_EVENTS_PER_SECOND);
    socket.use(([, ...args], next) => {
      if (bucket.take()) return next();
      const ack = args[args.length - 1];
      if (typeof ack === 'function') {
        (ack as Ack)({
          error: errorBody(new AppException(ErrorCode.RATE_LIMITED), languageOf(socket)),
        });
      }
    });
    this.on(socket, ClientEvent.Presence, async (payload) => {
      if (!identity.user?.roles.includes('worker')) throw forbidden();
      const { lat, lng } = await validatePayload(PresenceEventDto, payload);
      const expiresAt = await this.presence.heartbeat(identity.user.id, {
        lat: Number(lat),
        lng: Number(lng),
      });
      return { ok: true, expiresAt: expiresAt.toISOString() };
    });
    this.on(socket, ClientEvent.AuthRefresh, async (payload) => {
      if (!identity.user) throw forbidden();
      const { token } = await validatePayload(AuthRefreshDto, payload);
      const { user, expiresAt } = await this.authenticator.authenticate(token);
      if (user.id !== identity.user.id) throw forbidden();
      await this.reauthenticated(socket, identity, user);
      this.sessions.renew(socket, user.sessionId, expiresAt);
      return { ok: true, expiresAt: expiresAt.toISOString() };
    });
    this.on(socket, ClientEvent.ShiftWatch, async (payload) => {
      if (!identity.user) throw forbidden();
      const { shiftId } = await validatePayload(ShiftWatchDto, payload);
      await this.access.assertMayWatch(identity.user.id, shiftId);
      await socket.join(Room.shift(shiftId));
      return { ok: true };
    });

    this.replay.catchUp(socket, identity).catch((error: unknown) => {
      this.logger.warn(`catch-up for socket ${socket.id} failed: ${String(error)}`);
    });
  }

  /** The socket now speaks for `user` as the server holds it: rooms follow a change of roles. */
  private async reauthenticated(socket: Socket, identity: SocketIdentity, user: AuthUser) {
    const next = userIdentity(user);
    for (const room of identity.rooms) if (!next.rooms.includes(room)) await socket.leave(room);
    await socket.join(next.rooms);
    identity.user = user;
    identity.rooms = next.rooms;
    socket.data.identity = identity;
  }

  /** A client event handler whose answer (or error, in the contract's shape) goes back in the ack. */
  private on(socket: Socket, event: string, handle: (payload: unknown) => Promise<unknown>): void {
    socket.on(event, (payload: unknown, ack?: unknown) => {
      const reply = typeof ack === 'function' ? (ack as Ack) : () => undefined;
      handle(payload).then(reply, (error: unknown) => {
        if (!(error instanceof AppException)) this.logger.error({ err: error }, `${event} failed`);
        reply({ error: errorBody(error, languageOf(socket)) });
      });
    });
  }

  /**
   * SIGTERM: stop taking connections, stop reading events (what this node has
   * not emitted stays pending for the others), tell clients to go elsewhere and
   * close their transports — a transport close makes a client reconnect (a
   * server-side socket.disconnect() would not), and its session is kept for
   * recovery on another node.
   */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.io || this.draining) return;
    this.draining = true;
    this.httpServer?.close();
    await this.delivery.stop();
    this.io.local.emit(ServerEvent.Draining, { reconnectInMs: DRAIN_RECONNECT_MS });
    const sockets = [...this.io.of('/').sockets.values()];
    const closed = Promise.all(
      sockets.map(
        (s) =>
          new Promise<void>((resolve) =>
            s.connected ? s.once('disconnect', () => resolve()) : resolve(),
          ),
      ),
    );
    for (const socket of sockets) socket.conn.close();
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 3_000).unref())]);
    this.logger.log(`drained ${sockets.length} socket(s)`);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.capRenewal);
    this.sessions.clear();
    await this.delivery.stop();
    if (this.io) {
      await this.io.of('/').adapter.close();
      this.io.engine.close();
    }
    await this.adapterRedis?.quit().catch(() => this.adapterRedis?.disconnect());
  }
}

function languageOf(socket: Socket): Language {
  return pickLanguage(socket.handshake.headers['accept-language']);
}

const forbidden = () =>
  new AppException(ErrorCode.FORBIDDEN, {
    message: { zh: '此连接不能发送该消息', en: 'This connection may not send this event' },
  });
