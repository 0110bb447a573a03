import { DomainEvent, OfferCloseReason, Room } from '@app/contracts';

/** `offer.closed` for the worker who held the offer (and anyone watching the shift). */
export function offerClosed(
  offer: { id: string; shiftId: string; workerId: string },
  reason: OfferCloseReason,
): DomainEvent<'offer.closed'> {
  return {
    type: 'offer.closed',
    rooms: [Room.worker(offer.workerId)],
    data: { offerId: offer.id, shiftId: offer.shiftId, reason },
  };
}
