import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { deleteInBatches, REDIS, updateReturning } from '@app/common';
import type { PublishedEvent } from '@app/contracts';
import { appendToStream } from '../stream/stream-entry';
import { SENT_KEY } from './direct-publisher.service';

/** A sweep marks and (rarely) sends this many rows per transaction. */
const BATCH = 1000;
/** How often the sweep runs: each run is one transaction, the idle stack's main cost. */
const SWEEP_MS = 5_000;
/** Rows younger than this are still their own process's to send (DirectPublisher). */
const SETTLE_SECONDS = 5;
/** While a sweep fails (Redis or the database away), retry at this pace. */
const RETRY_MS = 500;

interface OutboxRow {
  id: string;
  type: PublishedEvent['type'];
  payload: { rooms: string[]; data: PublishedEvent['data'] };
  created_at: Date;
}

/**
 * The outbox's safety net and bookkeeper. Events normally reach the stream from the
 * process that committed them, the moment it commits (DirectPublisher), which puts
 * their ids in a Redis set. Every few seconds this sweep takes the rows older than a
 * few seconds that are still unmarked, sends those whose id the set lacks (a process
 * died between its commit and its send, or the send failed), and marks them all
 * published: one transaction for a whole batch, whatever the load.
 *
 * Rows are claimed with FOR UPDATE SKIP LOCKED, so several sweeps never send the same
 * row; a crash after XADD and before COMMIT sends that batch again, so consumers dedupe
 * by eventId. Events from several processes reach the stream in commit order per
 * process only: an event can arrive after one with a higher id.
 */
@Injectable()
export class OutboxPublisher implements OnApplicationShutdown {
  private readonly logger = new Logger(OutboxPublisher.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = true;
  /** The last pass failed: retry at the fast pace. */
  private failing = false;

  constructor(
    private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    this.poll();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /**
   * One batch of unmarked rows at least `settledSeconds` old: sends those not sent
   * directly, marks all published. Returns how many rows it took. Exposed for tests and
   * tools (which pass 0: everything unmarked).
   */
  async publishBatch(limit = BATCH, settledSeconds = 0): Promise<number> {
    const taken = await this.db.transaction(async (tx) => {
      const rows: OutboxRow[] = await tx.query(
        `SELECT id::text AS id, type, payload, created_at FROM outbox_events
          WHERE published_at IS NULL AND created_at < now() - make_interval(secs => $2)
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit, settledSeconds],
      );
      if (rows.length === 0) return [];
      const ids = rows.map((r) => r.id);
      const sent = await this.redis.smismember(SENT_KEY, ...ids);
      const unsent = rows.filter((_, i) => sent[i] !== 1);
      if (unsent.length > 0) {
        const pipeline = this.redis.pipeline();
        appendToStream(
          pipeline,
          unsent.map((row): PublishedEvent => ({
            eventId: row.id,
            type: row.type,
            rooms: row.payload.rooms,
            data: row.payload.data,
            at: new Date(row.created_at).toISOString(),
          })),
        );
        const results = (await pipeline.exec()) ?? [];
        const failed = results.find(([error]) => error);
        if (failed) throw failed[0];
      }
      await tx.query(`UPDATE outbox_events SET published_at = now() WHERE id = ANY($1::bigint[])`, [
        ids,
      ]);
      return ids;
    });
    // After the commit: an id left behind (a crash here) only costs a little memory.
    if (taken.length > 0) await this.redis.srem(SENT_KEY, ...taken);
    return taken.length;
  }

  /**
   * Deletes events published more than `hours` ago, a bounded batch at a time; returns how
   * many. Unpublished rows are never touched.
   */
  purgePublished(hours: number): Promise<number> {
    return deleteInBatches(
      this.db,
      `DELETE FROM outbox_events WHERE id IN (
         SELECT id FROM outbox_events
          WHERE published_at < now() - make_interval(hours => $1) LIMIT $2)`,
      [hours],
    );
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

  /** Sweeps now and schedules the next sweep, sooner while sweeps fail. */
  private poll(): void {
    if (this.stopped) return;
    this.kick();
    this.timer = setTimeout(() => this.poll(), this.failing ? RETRY_MS : SWEEP_MS);
  }

  /** Runs batches until none is full; a kick while running schedules one more pass. */
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
          while (!this.stopped && (await this.publishBatch(BATCH, SETTLE_SECONDS)) === BATCH);
        } while (this.again && !this.stopped);
        this.failing = false;
      } catch (error) {
        this.logger.warn(`outbox sweep failed, retrying: ${String(error)}`);
        if (!this.failing && this.timer) {
          this.failing = true;
          clearTimeout(this.timer);
          this.timer = setTimeout(() => this.poll(), RETRY_MS);
        }
      } finally {
        this.running = undefined;
      }
    })();
  }
}
