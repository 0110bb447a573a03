import type { PublishedEvent } from '@app/contracts';

/**
 * What a reconnecting client gets, from stream entries read newest first: the
 * events after its `lastEventId` (in stream order) whose rooms it is in, or
 * `gap` when that id is not among the entries (trimmed away, or older than we
 * look back) — then the client needs a snapshot instead.
 *
 * eventIds are outbox ids; the stream keeps publication order, which can differ
 * from id order when publishers overlap, so the position of `lastEventId` in the
 * stream (not a numeric comparison) decides what comes after it.
 */
export type ReplayPlan = { kind: 'replay'; events: PublishedEvent[] } | { kind: 'gap' };

export function planReplay(
  newestFirst: PublishedEvent[],
  lastEventId: string,
  rooms: ReadonlySet<string>,
): ReplayPlan {
  const after: PublishedEvent[] = [];
  for (const event of newestFirst) {
    if (event.eventId === lastEventId) return { kind: 'replay', events: after.reverse() };
    if (event.rooms.some((room) => rooms.has(room))) after.push(event);
  }
  return { kind: 'gap' };
}
