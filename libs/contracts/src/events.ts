/** Socket event names of the contract (CONTRACT.md, Realtime). Delivered by apps/realtime. */
export const SocketEvent = {
  Presence: 'presence',
  OfferCreated: 'offer.created',
  OfferClosed: 'offer.closed',
  AssignmentUpdated: 'assignment.updated',
  ShiftUpdated: 'shift.updated',
  BoardSnapshot: 'board.snapshot',
  BoardDelta: 'board.delta',
} as const;
export type SocketEventName = (typeof SocketEvent)[keyof typeof SocketEvent];

export interface OfferCreatedData {
  offerId: string;
  shift: {
    id: string;
    title: string;
    tradeCode: string;
    location: { lat: number; lng: number; address: string; district: string };
    startsAt: string;
    endsAt: string;
    pay: { unit: 'hour' | 'day' | 'piece'; amountFen: number };
    distanceKm: number | null;
  };
  expiresAt: string;
}

export type OfferCloseReason = 'expired' | 'revoked' | 'filled' | 'declined' | 'accepted';

export interface OfferClosedData {
  offerId: string;
  shiftId: string;
  reason: OfferCloseReason;
}

export interface AssignmentUpdatedData {
  assignmentId: string;
  shiftId: string;
  workerId: string;
  status: string;
}

export interface ShiftUpdatedData {
  shiftId: string;
  status: string;
  filled: number;
  headcount: number;
  marketId: string | null;
  /** On a new shift's first event: whether it is 即时快招 (the matcher starts on it). */
  instant?: boolean;
}

/** What each domain event carries; the realtime layer adds the eventId when it delivers. */
export interface DomainEventData {
  'offer.created': OfferCreatedData;
  'offer.closed': OfferClosedData;
  'assignment.updated': AssignmentUpdatedData;
  'shift.updated': ShiftUpdatedData;
}
export type DomainEventType = keyof DomainEventData;

/**
 * An event as matching records it (in the outbox, with the change that caused it)
 * and publishes it: its type, the rooms it is for (`worker:<id>`, `employer:<id>`,
 * `shift:<id>`, `board:<marketId>`) and its data.
 */
export interface DomainEvent<T extends DomainEventType = DomainEventType> {
  type: T;
  rooms: string[];
  data: DomainEventData[T];
}

/** A published event: the outbox id is its eventId, which only grows. */
export type PublishedEvent<T extends DomainEventType = DomainEventType> = DomainEvent<T> & {
  eventId: string;
  at: string;
};

/** Room names, in one place for the producers and the gateway. */
export const Room = {
  worker: (id: string) => `worker:${id}`,
  employer: (id: string) => `employer:${id}`,
  shift: (id: string) => `shift:${id}`,
  board: (marketId: string) => `board:${marketId}`,
} as const;

/** Redis stream (under REDIS_PREFIX) where published events go, in eventId order. */
export const EVENTS_STREAM = 'events';
