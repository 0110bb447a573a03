import type { EntityManager } from 'typeorm';
import type { DomainEvent } from '@app/contracts';

/**
 * Records events in the outbox inside the caller's transaction: they exist if and
 * only if the change that caused them committed. The publisher sends them on.
 */
export async function recordEvents(tx: EntityManager, events: DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  const values = events.map((_, i) => `($${i * 2 + 1}, $${i * 2 + 2}::jsonb)`).join(', ');
  const params = events.flatMap((e) => [e.type, JSON.stringify({ rooms: e.rooms, data: e.data })]);
  // One round trip: the insert, and a notification that wakes the publisher at once
  // instead of at its next poll (delivered on commit, like the rows).
  await tx.query(
    `WITH inserted AS (INSERT INTO outbox_events (type, payload) VALUES ${values} RETURNING 1)
     SELECT pg_notify('outbox', '') FROM (SELECT count(*) FROM inserted) AS written`,
    params,
  );
}
