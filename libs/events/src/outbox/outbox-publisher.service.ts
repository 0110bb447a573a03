import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, REDIS } from '@app/common';
import { EVENTS_STREAM, PublishedEvent } from '@app/contracts';
import { updateReturning } from '@app/common';
import { toStreamFields } from '../stream/stream-entry';

const BATCH = 200;
/** Poll interval while the LISTEN connection is down: notifications are lost, polling is all. */
const POLL_MS = 500;
/**
 * Poll interval while LISTEN is up: a safety net only (a notification lost in flight). Each
 * poll is a database transaction, so the idle stack's cost is this rate (issue 14: ≤ 0.5/s).
 */
const SAFETY_POLL_MS = 10_000;
/** The stream keeps roughly this many entries; consumers that fall further behind use the stored state. */
const STREAM_MAX_LEN = 100_000;

interface OutboxRow {
  id: string;
  type: PublishedEvent['type'];
  payload: { rooms: string[]; data: PublishedEvent['data'] };
  created_at: Date;
}

/**
 * Moves committed outbox events to the Redis stream, in id order.
 *
 * Delivery is at least once: rows are claimed with FOR UPDATE SKIP LOCKED, sent
 * with XADD and marked published in one transaction, so several publishers never
 * send the same row concurrently; a crash after XADD and before COMMIT sends that
 * batch again on the next run. Consumers therefore dedupe by eventId. Order holds
 * per publisher (each batch goes out in id order); with several publishers, or a
 * transaction that commits after a later one, an event can arrive after a higher id.
 *
 * LISTEN 'outbox' (recordEvents notifies on commit) makes publishing immediate;
 * a poll every 10 s is the safety net for a lost notification, every 500 ms while the
 * LISTEN connection is down.
 */
@Injectable()
export class OutboxPublisher implements OnApplicationShutdown {
  private readonly logger = new Logger(OutboxPublisher.name);
  private listener?: Client;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  /** The last pass failed (Redis or the database away): retry at the fast pace. */
  private failing = false;
  private stopped = true;

  constructor(
    private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    await this.listen();
    this.poll();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Publishes one batch; returns how many events it sent. Exposed for tests and tools. */
  async publishBatch(limit = BATCH): Promise<number> {
    return this.db.transaction(async (tx) => {
      const rows: OutboxRow[] = await tx.query(
        `SELECT id::text AS id, type, payload, created_at FROM outbox_events
          WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length === 0) return 0;
      const pipeline = this.redis.pipeline();
      for (const row of rows) {
        const event: PublishedEvent = {
          eventId: row.id,
          type: row.type,
          rooms: row.payload.rooms,
          data: row.payload.data,
          at: new Date(row.created_at).toISOString(),
        };
        pipeline.xadd(EVENTS_STREAM, 'MAXLEN', '~', STREAM_MAX_LEN, '*', ...toStreamFields(event));
      }
      const results = (await pipeline.exec()) ?? [];
      const failed = results.find(([error]) => error);
      if (failed) throw failed[0];
      await tx.query(`UPDATE outbox_events SET published_at = now() WHERE id = ANY($1::bigint[])`, [
        rows.map((r) => r.id),
      ]);
      return rows.length;
    });
  }

  /**
   * Sends again what was published in the last `seconds`: after Redis lost its data,
   * events published shortly before the loss may never have been read. Consumers
   * dedupe by eventId and handlers are idempotent, so a second copy costs nothing.
   */
  async republishRecent(seconds: number): Promise<number> {
    const rows = await updateReturning<{ id: string }>(
      this.db,
      `UPDATE outbox_events SET published_at = NULL
        WHERE published_at > now() - make_interval(secs => $1) RETURNING id`,
      [seconds],
    );
    this.kick();
    return rows.length;
  }

  /** Publishes now and schedules the next poll, sooner while LISTEN is down. */
  private poll(): void {
    if (this.stopped) return;
    this.kick();
    const quiet = this.listener && !this.failing;
    this.timer = setTimeout(() => this.poll(), quiet ? SAFETY_POLL_MS : POLL_MS);
  }

  /** Runs batches until the outbox is empty; a kick while running schedules one more pass. */
  private kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          while (!this.stopped && (await this.publishBatch()) === BATCH);
        } while (this.again && !this.stopped);
        this.failing = false;
      } catch (error) {
        this.logger.warn(`publishing failed, retrying at the next poll: ${String(error)}`);
        if (!this.failing && this.timer) {
          this.failing = true;
          clearTimeout(this.timer);
          this.timer = setTimeout(() => this.poll(), POLL_MS);
        }
      } finally {
        this.running = undefined;
      }
    })();
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.DATABASE_URL });
    client.on('notification', () => this.kick());
    // A dropped LISTEN connection only costs immediacy; the poll goes on and we reconnect.
    client.on('error', (error) => {
      this.logger.warn(`LISTEN connection lost: ${error.message}`);
      if (this.listener === client) {
        this.listener = undefined;
        // Notifications are lost until we listen again: poll fast meanwhile.
        if (this.timer) clearTimeout(this.timer);
        this.poll();
      }
      setTimeout(
        () => void (!this.stopped && !this.listener && this.listen().catch(() => undefined)),
        1000,
      );
    });
    await client.connect();
    await client.query('LISTEN outbox');
    this.listener = client;
    // Whatever committed while we were not listening goes out now, not at the next poll.
    this.kick();
  }
}
