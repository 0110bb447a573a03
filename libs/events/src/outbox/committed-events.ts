import type { QueryRunner } from 'typeorm';
import type { PublishedEvent } from '@app/contracts';

/**
 * Events recorded in a transaction that has not ended yet, by its query runner. The
 * direct publisher takes them when the transaction commits and sends them at once; a
 * rollback drops them. A weak map: a runner that is never committed leaves nothing.
 */
const pending = new WeakMap<QueryRunner, PublishedEvent[]>();

export function holdUntilCommit(runner: QueryRunner, events: PublishedEvent[]): void {
  const held = pending.get(runner);
  if (held) held.push(...events);
  else pending.set(runner, [...events]);
}

export function takeCommitted(runner: QueryRunner): PublishedEvent[] {
  const held = pending.get(runner) ?? [];
  pending.delete(runner);
  return held;
}
