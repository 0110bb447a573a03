export * from './outbox/record-events';
export * from './events.module';
export * from './outbox/outbox-publisher.service';
export * from './stream/events-reader';
export * from './stream/events-consumer';
export * from './stream/stream-entry';
export * from './stream/per-key';
