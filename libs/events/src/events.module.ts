import { Module } from '@nestjs/common';
import { DirectPublisher } from './outbox/direct-publisher.service';
import { OutboxPublisher } from './outbox/outbox-publisher.service';

/**
 * The outbox. Every process that commits events imports it: DirectPublisher sends a
 * transaction's events when it commits. Only the matcher starts OutboxPublisher's
 * sweep (see docs/matching.md).
 */
@Module({
  providers: [DirectPublisher, OutboxPublisher],
  exports: [OutboxPublisher],
})
export class EventsModule {}
