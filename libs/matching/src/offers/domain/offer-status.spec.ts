import { canOfferTransition, isOfferLive, OFFER_STATUSES, OfferStatus } from './offer-status';

describe('offer state machine', () => {
  const legal: [OfferStatus, OfferStatus][] = [
    ['pending', 'accepted'],
    ['pending', 'declined'],
    ['pending', 'expired'],
    ['pending', 'revoked'],
  ];

  it.each(legal)('allows %s → %s', (from, to) => {
    expect(canOfferTransition(from, to)).toBe(true);
  });

  const illegal = OFFER_STATUSES.flatMap((from) =>
    OFFER_STATUSES.map((to) => [from, to] as [OfferStatus, OfferStatus]),
  ).filter(([from, to]) => !legal.some(([f, t]) => f === from && t === to));

  it.each(illegal)('refuses %s → %s', (from, to) => {
    expect(canOfferTransition(from, to)).toBe(false);
  });

  it('treats a pending offer as live only before it expires', () => {
    const expiresAt = new Date('2030-01-01T00:01:30Z');
    expect(isOfferLive({ status: 'pending', expiresAt }, new Date('2030-01-01T00:01:29Z'))).toBe(
      true,
    );
    expect(isOfferLive({ status: 'pending', expiresAt }, expiresAt)).toBe(false);
    expect(isOfferLive({ status: 'accepted', expiresAt }, new Date('2030-01-01T00:00:00Z'))).toBe(
      false,
    );
  });
});
