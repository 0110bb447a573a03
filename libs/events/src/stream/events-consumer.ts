import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import type { PipelineState } from '@app/common';
import { EVENTS_STREAM } from '@app/contracts';
import { ConsumerFacts, consumerState, groupInfo } from './consumer-health';
import { fromStreamEntry, StreamEvent } from './stream-entry';

type Entries = [string, string[]][];

/** How often the consumer checks its group (XINFO GROUPS: one cheap call) and reads its lag. */
const CHECK_EVERY_MS = 5_000;

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
  /**
   * Where a new group starts on first creation: '0' (every entry; the default) or '$'
   * (only what comes next). A group re-created after Redis lost its data always starts
   * at '0': every entry of the new stream came after the loss.
   */
  createAt?: '0' | '$';
  /** Called after the group had to be re-created (Redis lost its data): restore what else was lost. */
  onGroupRecreated?: () => Promise<void>;
}

/**
 * A consumer-group reader of the event stream (XREADGROUP … XACK). Each event is
 * handled by one consumer of the group; an event is acknowledged only after the
 * handler of its batch succeeded, and entries left pending by a consumer that died are
 * reclaimed with XAUTOCLAIM, so handlers see every event at least once and must
 * be idempotent.
 *
 * Redis may lose its data under a running consumer (restarted without persistence,
 * a failover to a replica that had not caught up, FLUSHALL): the group is re-created
 * as soon as a read answers NOGROUP, and every few seconds the consumer checks that
 * its group exists and reads its lag, which `state()` reports to /health and /metrics.
 */
export class EventsConsumer {
  private readonly logger = new Logger(EventsConsumer.name);
  readonly name = `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  private stopped = false;
  private loop?: Promise<void>;
  private readonly facts: ConsumerFacts = { startedAt: Date.now() };

  constructor(
    /** A dedicated connection: XREADGROUP BLOCK holds it. */
    private readonly redis: Redis,
    private readonly options: ConsumerOptions,
  ) {}

  /**
   * The stream's key with the prefix: ioredis does not apply keyPrefix to XGROUP's and
   * XINFO's key (it does for XREADGROUP, XACK, XAUTOCLAIM), so those name it themselves.
   */
  private get streamKey(): string {
    return `${this.redis.options.keyPrefix ?? ''}${EVENTS_STREAM}`;
  }

  get group(): string {
    return this.options.group;
  }

  async start(): Promise<void> {
    // By default from the start of the stream: a new group misses nothing; handlers are idempotent.
    await this.createGroup(this.options.createAt ?? '0');
    this.facts.startedAt = Date.now();
    this.loop = this.run();
  }

  /** What /health and /metrics report of this consumer. */
  state(now = Date.now()): PipelineState {
    return consumerState(this.facts, now);
  }

  /** Creates the group (and the stream) unless it exists; true when it was created. */
  private async createGroup(from: '0' | '$'): Promise<boolean> {
    try {
      await this.redis.xgroup('CREATE', this.streamKey, this.options.group, from, 'MKSTREAM');
      return true;
    } catch (error) {
      if (!String(error).includes('BUSYGROUP')) throw error;
      return false;
    }
  }

  /** The group is gone (Redis lost its data): re-create it and let the owner restore the rest. */
  private async recreateGroup(): Promise<void> {
    this.facts.groupMissingSince ??= Date.now();
    if (await this.createGroup('0')) {
      this.logger.warn(
        `consumer group ${this.options.group} was missing (Redis lost its data?): re-created`,
      );
    }
    this.facts.groupMissingSince = undefined;
    await this.options.onGroupRecreated?.().catch((error: unknown) => {
      this.logger.warn(`restoring after the group was re-created failed: ${String(error)}`);
    });
  }

  /** One XINFO GROUPS: re-creates a missing group, and reads the lag for the metrics. */
  private async checkGroup(): Promise<void> {
    let info: { lag?: number; pending: number } | undefined;
    try {
      // Like XGROUP, XINFO gets no keyPrefix from ioredis.
      info = groupInfo(await this.redis.xinfo('GROUPS', this.streamKey), this.options.group);
    } catch (error) {
      // The stream key itself is gone.
      if (!/no such key/i.test(String(error))) throw error;
    }
    if (!info) return this.recreateGroup();
    this.facts.lag = info.lag;
    this.facts.pending = info.pending;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }

  private async run(): Promise<void> {
    let lastClaim = 0;
    let lastCheck = 0;
    while (!this.stopped) {
      try {
        if (Date.now() - lastCheck > CHECK_EVERY_MS) {
          lastCheck = Date.now();
          await this.checkGroup();
        }
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
        this.facts.lastReadAt = Date.now();
        this.facts.lastError = undefined;
        await this.process(reply?.[0]?.[1] ?? []);
      } catch (error) {
        if (this.stopped) break;
        this.facts.lastError = String(error);
        if (String(error).includes('NOGROUP')) {
          // Re-create at once and read again: no wait, no log line twice a second.
          await this.recreateGroup().catch((e: unknown) => {
            this.logger.warn(
              `re-creating consumer group ${this.options.group} failed: ${String(e)}`,
            );
          });
          if (this.facts.groupMissingSince === undefined) continue;
        } else {
          this.logger.warn(`event stream read failed: ${String(error)}`);
        }
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
