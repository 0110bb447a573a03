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

export interface ShiftUpdatedEvent {
  eventId: string;
  shiftId: string;
  status: string;
  filled: number;
  headcount: number;
}
