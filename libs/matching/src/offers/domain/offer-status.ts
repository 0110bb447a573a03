/**
 * Offer life cycle of the contract: `pending → accepted | declined | expired | revoked`.
 * Every move leaves `pending`; a closed offer never changes again.
 */
export const OFFER_STATUSES = ['pending', 'accepted', 'declined', 'expired', 'revoked'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

const TRANSITIONS: Record<OfferStatus, readonly OfferStatus[]> = {
  pending: ['accepted', 'declined', 'expired', 'revoked'],
  accepted: [],
  declined: [],
  expired: [],
  revoked: [],
};

export function canOfferTransition(from: OfferStatus, to: OfferStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Whether a pending offer is still answerable at `now` (expiry is exclusive). */
export function isOfferLive(offer: { status: OfferStatus; expiresAt: Date }, now: Date): boolean {
  return offer.status === 'pending' && offer.expiresAt.getTime() > now.getTime();
}
