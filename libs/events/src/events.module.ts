import { Module } from '@nestjs/common';
import { OutboxPublisher } from './outbox/outbox-publisher.service';

/** The outbox publisher; only the matcher process starts it (see docs/matching.md). */
@Module({
  providers: [OutboxPublisher],
  exports: [OutboxPublisher],
})
export class EventsModule {}
