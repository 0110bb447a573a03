import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import type {
  EntitySubscriberInterface,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { DataSource } from 'typeorm';
import { REDIS } from '@app/common';
import type { PublishedEvent } from '@app/contracts';
import { appendToStream } from '../stream/stream-entry';
import { takeCommitted } from './committed-events';

/** Redis set of outbox ids sent directly and not yet marked published by the sweep. */
export const SENT_KEY = 'outbox:sent';

/**
 * Sends a transaction's outbox events to the stream the moment it commits, from the
 * process that committed it: no publisher transaction and no wait for a poll. The rows
 * stay unmarked; each XADD goes with an SADD of its id in one MULTI, and the outbox
 * publisher's sweep later marks those rows published in bulk (one transaction for many)
 * and sends only the ones the set lacks: those whose process died between the commit
 * and the send, or whose send failed. So an event goes out at least once, and in the
 * normal case exactly once.
 */
@Injectable()
export class DirectPublisher implements EntitySubscriberInterface, OnModuleInit {
  private readonly logger = new Logger(DirectPublisher.name);

  constructor(
    private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  onModuleInit(): void {
    if (!this.db.subscribers.includes(this)) this.db.subscribers.push(this);
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const events = takeCommitted(event.queryRunner);
    if (events.length === 0) return;
    try {
      await this.send(events);
    } catch (error) {
      // Committed and unsent: the sweep sends it (its id is not in the set).
      this.logger.warn(`direct publish failed, the sweep will send it: ${String(error)}`);
    }
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    takeCommitted(event.queryRunner);
  }

  private async send(events: PublishedEvent[]): Promise<void> {
    const multi = this.redis.multi();
    appendToStream(multi, events);
    multi.sadd(SENT_KEY, ...events.map((e) => e.eventId));
    const results = (await multi.exec()) ?? [];
    const failed = results.find(([error]) => error);
    if (failed) throw failed[0];
  }
}
