import type { LatLng, Offer, Pay } from '../shared/api-types';

/** The API's shapes the worker app reads are in shared/api-types; these are the worker's own. */
export type {
  Assignment,
  AssignmentStatus,
  LatLng,
  Offer,
  OfferShift,
  Page,
  Pay,
  Shift,
} from '../shared/api-types';

/**
 * A pending offer as the phone holds it: an Offer from GET /workers/me/offers or the
 * offers.snapshot, or one built from an offer.created event, which carries neither
 * status nor score.
 */
export type PendingOffer = Pick<Offer, 'id' | 'shiftId' | 'shift' | 'expiresAt'>;

export type OfferCloseReason = 'expired' | 'revoked' | 'filled' | 'declined' | 'accepted';

export interface AvailabilitySlot {
  weekday: number;
  from: string;
  to: string;
}

export interface WorkerProfile {
  userId: string;
  name: string;
  trades: { code: string; level: number }[];
  certificates: string[];
  homeDistrict: string;
  homeLocation: LatLng | null;
  maxTravelKm: number;
  minPay: Pay | null;
  availability: AvailabilitySlot[];
}
