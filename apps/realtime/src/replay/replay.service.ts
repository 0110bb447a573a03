import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import type Redis from 'ioredis';
import type { Socket } from 'socket.io';
import { APP_CONFIG, AppConfig, PageQueryDto, REDIS } from '@app/common';
import { EVENTS_STREAM, Room, SocketEvent, type PublishedEvent } from '@app/contracts';
import { AssignmentQueriesService, OffersService } from '@app/matching';
import { BOARD_SOURCE, type BoardSource } from '../delivery/board-source';
import { RealtimeMetrics } from '../delivery/realtime-metrics';
import { ServerEvent } from '../socket/client-events';
import type { SocketIdentity } from '../socket/socket-identity';
import { planReplay } from './replay-plan';
import { fromStreamEntry } from '@app/events';

type Entries = [string, string[]][];
const PAGE = 500;
/** Assignments a worker still has to act on or work; finished ones are history, not state. */
const LIVE_ASSIGNMENTS = new Set(['pending_confirm', 'confirmed', 'checked_in']);

/**
 * Catching a (re)connected socket up. socket.io's connection state recovery
 * covers short drops (the socket comes back `recovered` with its rooms and the
 * packets it missed). Otherwise a client that passes `auth.lastEventId` gets the
 * events of its rooms published after that one, from the event stream, in
 * order; when that id is no longer in the stream (or a worker passes none) a
 * worker gets fresh snapshots of its pending offers (with expiresAt) and live
 * assignments instead, so an offer that expired while away is simply absent.
 * The socket is already in its rooms, so nothing published meanwhile is lost;
 * an event may arrive twice (replayed and live) — clients dedupe by eventId.
 */
@Injectable()
export class ReplayService {
  private readonly logger = new Logger(ReplayService.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly offers: OffersService,
    private readonly assignments: AssignmentQueriesService,
    private readonly metrics: RealtimeMetrics,
    @Optional() @Inject(BOARD_SOURCE) private readonly boards?: BoardSource,
  ) {}

  async catchUp(socket: Socket, identity: SocketIdentity): Promise<void> {
    if (identity.kind === 'board') {
      if (this.boards) {
        socket.emit(SocketEvent.BoardSnapshot, await this.boards.snapshot(identity.marketId!));
      }
      return;
    }
    if (socket.recovered) return;
    if (identity.lastEventId !== undefined) {
      const plan = planReplay(
        await this.newestFirstUntil(identity.lastEventId),
        identity.lastEventId,
        new Set(socket.rooms),
      );
      if (plan.kind === 'replay') {
        for (const event of plan.events) {
          socket.emit(event.type, { ...event.data, eventId: event.eventId });
          this.metrics.emitted.inc({ type: event.type });
        }
        return;
      }
    }
    if (identity.user?.roles.includes('worker')) await this.snapshot(socket, identity.user.id);
  }

  /** Pending offers and live assignments, stamped with the newest eventId they already reflect. */
  private async snapshot(socket: Socket, workerId: string): Promise<void> {
    // Read the stream's tail first: anything published after it reaches the socket live.
    const [newest] = await this.page('+', 1);
    const eventId = newest?.eventId ?? null;
    const page = Object.assign(new PageQueryDto(), { limit: 100 });
    const [offers, assignments] = await Promise.all([
      this.offers.pendingFor(workerId, page),
      this.assignments.forWorker(workerId, page),
    ]);
    socket.emit(ServerEvent.OffersSnapshot, { items: offers.items, eventId });
    socket.emit(ServerEvent.AssignmentsSnapshot, {
      items: assignments.items.filter((a) => LIVE_ASSIGNMENTS.has(a.status)),
      eventId,
    });
    this.logger.debug(`snapshot for ${Room.worker(workerId)}: ${offers.items.length} offers`);
  }

  /** Stream entries newest first, back to the one carrying `eventId` or REALTIME_REPLAY_SCAN entries. */
  private async newestFirstUntil(eventId: string): Promise<PublishedEvent[]> {
    const seen: (PublishedEvent & { streamId: string })[] = [];
    let end = '+';
    while (seen.length < this.config.REALTIME_REPLAY_SCAN) {
      const page = await this.page(end, PAGE);
      seen.push(...page);
      if (page.length < PAGE || page.some((e) => e.eventId === eventId)) break;
      end = `(${page[page.length - 1]!.streamId}`;
    }
    return seen;
  }

  private async page(end: string, count: number) {
    const entries = (await this.redis.xrevrange(
      EVENTS_STREAM,
      end,
      '-',
      'COUNT',
      count,
    )) as Entries;
    return entries.map(([id, fields]) => fromStreamEntry(id, fields));
  }
}
