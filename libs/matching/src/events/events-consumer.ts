import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { EVENTS_STREAM } from '@app/contracts';
import { fromStreamEntry, StreamEvent } from './stream-entry';

type Entries = [string, string[]][];

export interface ConsumerOptions {
  group: string;
  /** Entries a dead consumer read but never acknowledged are taken over after this idle time. */
  claimIdleMs: number;
  /**
   * Handles the entries of one read (up to 100, in stream order). They are
   * acknowledged together once it resolves: a consumer that keeps up acks in one
   * call, and one that falls behind catches up by whole batches, not entry by entry.
   */
  handle: (events: StreamEvent[]) => Promise<void>;
}

/**
 * A consumer-group reader of the event stream (XREADGROUP … XACK). Each event is
 * handled by one consumer of the group; an event is acknowledged only after the
 * handler of its batch succeeded, and entries left pending by a consumer that died are
 * reclaimed with XAUTOCLAIM, so handlers see every event at least once and must
 * be idempotent.
 */
export class EventsConsumer {
  private readonly logger = new Logger(EventsConsumer.name);
  readonly name = `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  private stopped = false;
  private loop?: Promise<void>;

  constructor(
    /** A dedicated connection: XREADGROUP BLOCK holds it. */
    private readonly redis: Redis,
    private readonly options: ConsumerOptions,
  ) {}

  async start(): Promise<void> {
    try {
      // From the start of the stream: a new group misses nothing; handlers are idempotent.
      // ioredis does not apply keyPrefix to XGROUP's key (it does for XREADGROUP,
      // XACK, XAUTOCLAIM), so this one call names the prefixed key itself.
      const key = `${this.redis.options.keyPrefix ?? ''}${EVENTS_STREAM}`;
      await this.redis.xgroup('CREATE', key, this.options.group, '0', 'MKSTREAM');
    } catch (error) {
      if (!String(error).includes('BUSYGROUP')) throw error;
    }
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }

  private async run(): Promise<void> {
    let lastClaim = 0;
    while (!this.stopped) {
      try {
        if (Date.now() - lastClaim > this.options.claimIdleMs / 2) {
          lastClaim = Date.now();
          await this.reclaim();
        }
        const reply = (await this.redis.xreadgroup(
          'GROUP',
          this.options.group,
          this.name,
          'COUNT',
          100,
          'BLOCK',
          500,
          'STREAMS',
          EVENTS_STREAM,
          '>',
        )) as [string, Entries][] | null;
        await this.process(reply?.[0]?.[1] ?? []);
      } catch (error) {
        if (this.stopped) break;
        this.logger.warn(`event stream read failed: ${String(error)}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  private async reclaim(): Promise<void> {
    const reply = (await this.redis.xautoclaim(
      EVENTS_STREAM,
      this.options.group,
      this.name,
      this.options.claimIdleMs,
      '0',
      'COUNT',
      100,
    )) as [string, Entries];
    // Deleted entries come back as null fields; acknowledge them away.
    await this.process((reply?.[1] ?? []).filter(([, fields]) => fields));
  }

  private async process(entries: Entries): Promise<void> {
    if (entries.length === 0) return;
    await this.options.handle(entries.map(([id, fields]) => fromStreamEntry(id, fields)));
    await this.redis.xack(EVENTS_STREAM, this.options.group, ...entries.map(([id]) => id));
  }
}
