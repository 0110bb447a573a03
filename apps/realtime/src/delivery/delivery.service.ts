import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import type Redis from 'ioredis';
import type { Server } from 'socket.io';
import { APP_CONFIG, AppConfig, createRedis, PipelineHealth } from '@app/common';
import { Room, SocketEvent, type PublishedEvent } from '@app/contracts';
import { BOARD_SOURCE, type BoardSource } from './board-source';
import { RealtimeMetrics } from './realtime-metrics';
import { SeenEvents } from './seen-events';
import { EventsConsumer } from '@app/events';

/** The consumer group of realtime nodes: each event is read by one node, which emits it cluster-wide. */
export const REALTIME_GROUP = 'realtime';

/**
 * Live delivery. One node of the group reads each event and emits it with
 * `io.to(rooms)`; the Redis Streams adapter carries the packet to sockets on
 * every node. The entry is acknowledged only after the emit, so a node that dies
 * holding entries leaves them pending, and another node takes them over after
 * REALTIME_CLAIM_IDLE_MS (XAUTOCLAIM). Delivery is at least once: a node skips
 * eventIds it already sent, and clients dedupe by eventId too.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger(DeliveryService.name);
  private readonly seen = new SeenEvents(10_000);
  private consumer?: EventsConsumer;
  private redis?: Redis;
  private io?: Server;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: RealtimeMetrics,
    private readonly pipeline: PipelineHealth,
    @Optional() @Inject(BOARD_SOURCE) private readonly boards?: BoardSource,
  ) {}

  async start(io: Server): Promise<void> {
    this.io = io;
    this.redis = createRedis(this.config);
    this.consumer = new EventsConsumer(this.redis, {
      group: REALTIME_GROUP,
      claimIdleMs: this.config.REALTIME_CLAIM_IDLE_MS,
      handle: (events) => this.deliver(events),
      // The first realtime node ever starts the group at the stream's end: events
      // from before any gateway existed are not news to push live (a client catches
      // up with lastEventId or a snapshot). Once the group exists, nodes that restart
      // — or all of them after an outage — resume where the group stopped; after Redis
      // lost its data the consumer re-creates the group on the new stream.
      createAt: '$',
    });
    await this.consumer.start();
    const consumer = this.consumer;
    this.pipeline.register({ name: `events:${REALTIME_GROUP}`, state: () => consumer.state() });
    this.logger.log(`delivering events as ${this.consumer.name}`);
  }

  /** Stops reading; the entry in hand is finished and acknowledged, the rest stay for other nodes. */
  async stop(): Promise<void> {
    this.pipeline.unregister(`events:${REALTIME_GROUP}`);
    await this.consumer?.stop();
    this.redis?.disconnect();
    this.consumer = undefined;
  }

  /**
   * Emits a read batch at once, then the board deltas of the whole batch (one
   * statement, however many events): a node that falls behind catches up by
   * batches instead of paying a round trip per event.
   */
  private async deliver(events: PublishedEvent[]): Promise<void> {
    const io = this.io;
    if (!io) return;
    const fresh = events.filter((event) => this.seen.add(event.eventId));
    const now = Date.now();
    for (const event of fresh) {
      if (event.rooms.length > 0) {
        io.to(event.rooms).emit(event.type, { ...event.data, eventId: event.eventId });
        this.metrics.emitted.inc({ type: event.type });
      }
      const at = Date.parse(event.at);
      if (Number.isFinite(at)) this.metrics.lag.observe(Math.max(0, now - at) / 1000);
    }
    if (!this.boards || fresh.length === 0) return;
    try {
      for (const { marketId, delta, eventId } of await this.boards.deltasFor(fresh)) {
        io.to(Room.board(marketId)).emit(SocketEvent.BoardDelta, { ...(delta as object), eventId });
        this.metrics.emitted.inc({ type: SocketEvent.BoardDelta });
      }
    } catch (error) {
      // A board that misses a delta catches up with its next snapshot; the events themselves went out.
      const ids = `${fresh[0]!.eventId}…${fresh[fresh.length - 1]!.eventId}`;
      this.logger.warn(`board deltas for events ${ids} failed: ${String(error)}`);
    }
  }
}
