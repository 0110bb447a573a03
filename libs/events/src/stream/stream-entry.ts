import type { DomainEventType, PublishedEvent } from '@app/contracts';

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
