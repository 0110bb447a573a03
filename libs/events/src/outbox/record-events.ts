import type { EntityManager } from 'typeorm';
import type { DomainEvent, PublishedEvent } from '@app/contracts';
import { holdUntilCommit } from './committed-events';

/**
 * Records events in the outbox inside the caller's transaction: they exist if and
 * only if the change that caused them committed. The process's direct publisher sends
 * them to the stream the moment the transaction commits (no transaction of its own);
 * the outbox publisher's sweep sends whatever that missed (a crash in between).
 */
export async function recordEvents(tx: EntityManager, events: DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  const values = events.map((_, i) => `($${i * 2 + 1}, $${i * 2 + 2}::jsonb)`).join(', ');
  const params = events.flatMap((e) => [e.type, JSON.stringify({ rooms: e.rooms, data: e.data })]);
  const rows: { id: string; created_at: Date }[] = await tx.query(
    `INSERT INTO outbox_events (type, payload) VALUES ${values} RETURNING id::text AS id, created_at`,
    params,
  );
  if (!tx.queryRunner?.isTransactionActive) return;
  // Ids follow the VALUES order (one sequence, one statement); sorted to be sure.
  rows.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  holdUntilCommit(
    tx.queryRunner,
    rows.map((row, i): PublishedEvent => ({
      eventId: row.id,
      type: events[i]!.type,
      rooms: events[i]!.rooms,
      data: events[i]!.data,
      at: new Date(row.created_at).toISOString(),
    })),
  );
}
