export * from './events.module';
export * from './outbox-publisher.service';
export * from './events-reader';
export * from './events-consumer';
export * from './stream-entry';
export * from './per-key';
