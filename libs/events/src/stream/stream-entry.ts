import type { ChainableCommander } from 'ioredis';
import { EVENTS_STREAM, type DomainEventType, type PublishedEvent } from '@app/contracts';

/** The stream keeps roughly this many entries; consumers that fall further behind use the stored state. */
export const STREAM_MAX_LEN = 100_000;

/** Queues an XADD of each event on a pipeline or MULTI: the one way events enter the stream. */
export function appendToStream(chain: ChainableCommander, events: PublishedEvent[]): void {
  for (const e of events) {
    chain.xadd(EVENTS_STREAM, 'MAXLEN', '~', STREAM_MAX_LEN, '*', ...toStreamFields(e));
  }
}

/** One event as it sits in the Redis stream: flat string fields, JSON for rooms and data. */
export function toStreamFields(event: PublishedEvent): string[] {
  return [
    'eventId',
    event.eventId,
    'type',
    event.type,
    'rooms',
    JSON.stringify(event.rooms),
    'data',
    JSON.stringify(event.data),
    'at',
    event.at,
  ];
}

/** The stream entry back as a PublishedEvent; `streamId` is Redis's own entry id. */
export function fromStreamEntry(
  streamId: string,
  fields: string[],
): PublishedEvent & { streamId: string } {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < fields.length; i += 2) map.set(fields[i]!, fields[i + 1]!);
  return {
    streamId,
    eventId: map.get('eventId') ?? '',
    type: map.get('type') as DomainEventType,
    rooms: JSON.parse(map.get('rooms') ?? '[]') as string[],
    data: JSON.parse(map.get('data') ?? '{}') as PublishedEvent['data'],
    at: map.get('at') ?? '',
  };
}

export type StreamEvent = ReturnType<typeof fromStreamEntry>;
