/**
 * The API's wire shapes, declared once for every area of the web app. Each mirrors a
 * server view: keep them in step with
 *   libs/common/src/pagination/cursor.ts              Page
 *   libs/listings/src/shifts/shift.view.ts            Shift (ShiftView), Site, Pay
 *   libs/listings/src/markets/market.view.ts          Market (MarketView), OpeningInterval
 *   libs/matching/src/assignments/assignment.view.ts  Assignment (AssignmentView)
 *   libs/matching/src/offers/offer.view.ts            Offer (OfferView), OfferShift
 * Fields the server leaves out at times are optional here too. Shapes only one area
 * reads (the desk's walk-ins, the employer's masked worker, the worker's profile…)
 * stay with that area.
 */

export interface LatLng {
  lat: number;
  lng: number;
}

/** Where a shift takes place. */
export interface Site extends LatLng {
  address: string;
  district: string;
}

export type PayUnit = 'hour' | 'day' | 'piece';

/** An amount in integer fen per unit of work. */
export interface Pay {
  unit: PayUnit;
  amountFen: number;
}

/** One page of a list; `nextCursor` is opaque, null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type ShiftStatus =
  'pending_review' | 'open' | 'filled' | 'in_progress' | 'completed' | 'cancelled' | 'expired';

export type AssignmentStatus =
  | 'pending_confirm'
  | 'confirmed'
  | 'checked_in'
  | 'completed'
  | 'rejected'
  | 'cancelled'
  | 'no_show';

export type OfferStatus = 'pending' | 'accepted' | 'declined' | 'expired' | 'revoked';

/** ISO weekday (1 = Monday … 7 = Sunday) and HH:mm times, Asia/Shanghai. */
export interface OpeningInterval {
  weekday: number;
  from: string;
  to: string;
}

/** A market as GET /markets and /markets/:id return it. */
export interface Market {
  id: string;
  kind: 'public' | 'market';
  name: string;
  district: string;
  address: string;
  location: LatLng;
  openingHours: OpeningInterval[];
  trades: string[];
  contactPhone: string | null;
  integrity: boolean;
  status: 'listed' | 'suspended';
  description: string | null;
  openNow: boolean;
  /** Only when searching with `near`. */
  distanceKm?: number;
  createdAt: string;
  updatedAt: string;
}

/** A shift as everyone sees it (no contact data, ever). */
export interface Shift {
  id: string;
  status: ShiftStatus;
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
  employerId: string;
  /** A business name, or a masked individual name (张**). */
  employer: { name: string; kind: 'individual' | 'business' };
  createdAt: string;
  updatedAt: string;
  /** Only when searching with `near`. */
  distanceKm?: number;
}

/** A taken seat on a shift. */
export interface Assignment {
  id: string;
  shiftId: string;
  workerId: string;
  status: AssignmentStatus;
  source: string;
  checkInAt?: string;
  checkOutAt?: string;
  /** Hours worked, to 0.01. */
  hours?: number;
  payFen?: number;
  /** Who confirmed the hours and pay at check-out. */
  figuresConfirmedBy?: 'worker' | 'employer';
  /** The employer's dispute of the recorded hours, with both figures. */
  hoursDispute?: HoursDispute;
}

export interface HoursDispute {
  status: 'open' | 'accepted' | 'rejected';
  recordedHours: number;
  recordedPayFen: number;
  claimedHours: number;
  claimedPayFen: number;
  reason: string;
  at: string;
  resolvedAt?: string;
}

/** GET /assignments/:id/check-out-preview: what checking out now records, to confirm. */
export interface CheckOutPreview {
  checkOutAt: string;
  minutesWorked: number;
  hours: number;
  payFen: number;
}

/** The shift an offer is for, as much as the offer card shows. */
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

/** An offer of a shift to a worker. */
export interface Offer {
  id: string;
  shiftId: string;
  shift: OfferShift;
  status: OfferStatus;
  expiresAt: string;
  /** Why this offer was made: {total, parts}. */
  score: Record<string, unknown>;
}
