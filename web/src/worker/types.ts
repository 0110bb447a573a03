import type { PayUnit } from '../shared/format';

/** Shapes of the API's answers the worker app reads (see the controllers' views). */
export interface LatLng {
  lat: number;
  lng: number;
}

export interface Site extends LatLng {
  address: string;
  district: string;
}

export interface Pay {
  unit: PayUnit;
  amountFen: number;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface OfferShift {
  id: string;
  title: string;
  tradeCode: string;
  location: Site;
  startsAt: string;
  endsAt: string;
  pay: Pay;
  distanceKm: number | null;
}

export interface Offer {
  id: string;
  shiftId: string;
  shift: OfferShift;
  expiresAt: string;
}

export type OfferCloseReason = 'expired' | 'revoked' | 'filled' | 'declined' | 'accepted';

export const ASSIGNMENT_STATUSES = [
  'pending_confirm',
  'confirmed',
  'checked_in',
  'completed',
  'rejected',
  'cancelled',
  'no_show',
] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export interface Assignment {
  id: string;
  shiftId: string;
  workerId: string;
  status: AssignmentStatus;
  source: string;
  checkInAt?: string;
  checkOutAt?: string;
  hours?: number;
  payFen?: number;
}

export interface Shift {
  id: string;
  status: string;
  title: string;
  tradeCode: string;
  description: string;
  location: Site;
  startsAt: string;
  endsAt: string;
  pay: Pay;
  headcount: number;
  filled: number;
  seatsLeft: number;
  requirements: { certificates: string[]; minCredit: number };
  instant: boolean;
  autoConfirm: boolean;
  marketId: string | null;
  employer: { name: string; kind: 'individual' | 'business' };
  distanceKm?: number;
}

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
