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
import { AccessTokenService } from '@app/accounts';
import { APP_CONFIG, AppConfig, AppException, Language, pickLanguage } from '@app/common';
import { ErrorCode, Room } from '@app/contracts';
import { PresenceService } from '@app/matching';
import { DeliveryService } from '../delivery/delivery.service';
import { RealtimeMetrics } from '../delivery/realtime-metrics';
import { ReplayService } from '../replay/replay.service';
import { isAllowedOrigin } from './cors-origin';
import { ClientEvent, PresenceEventDto, ServerEvent, ShiftWatchDto } from './client-events';
import { SocketAccessService } from './socket-access.service';
import { errorBody, handshakeError, validatePayload } from './socket-errors';
import { boardIdentity, SocketIdentity, userIdentity } from './socket-identity';
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

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: AccessTokenService,
    private readonly access: SocketAccessService,
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
        // A recovered socket keeps the identity its handshake established.
        skipMiddlewares: true,
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
    await this.delivery.start(this.io);
  }

  /** Who the socket is: a user's token, or a hall screen of a listed market. Anything else is refused. */
  private async handshake(socket: Socket): Promise<void> {
    if (this.draining) {
      throw new AppException(ErrorCode.SERVER_DRAINING);
    }
    const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>;
    let identity: SocketIdentity;
    if (typeof auth.token === 'string' && auth.token !== '') {
      identity = userIdentity(this.tokens.verify(auth.token));
    } else if (auth.board !== undefined) {
      identity = boardIdentity(await this.access.assertListedMarket(auth.board));
    } else {
      throw new AppException(ErrorCode.UNAUTHENTICATED);
    }
    if (typeof auth.lastEventId === 'string' && /^\d{1,19}$/.test(auth.lastEventId)) {
      identity.lastEventId = auth.lastEventId;
    }
    socket.data.identity = identity;
  }

  private connected(socket: Socket): void {
    const identity = socket.data.identity as SocketIdentity;
    if (!socket.recovered) void socket.join(identity.rooms);
    this.metrics.sockets.inc({ kind: identity.kind });
    socket.on('disconnect', () => this.metrics.sockets.dec({ kind: identity.kind }));
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
