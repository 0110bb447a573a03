/**
 * The API's wire shapes every area of the web app reads: names over the types generated
 * from the server's views (npm run gen:web-types → api-types.gen.ts), so they cannot drift.
 *   Shift, Site, Pay        libs/listings/src/shifts/shift.view.ts (ShiftView)
 *   Market, OpeningInterval libs/listings/src/markets/market.view.ts (MarketView)
 *   Assignment, HoursDispute, CheckOutPreview
 *                           libs/matching/src/seats/assignment.view.ts
 *   Offer, OfferShift       libs/matching/src/offers/offer.view.ts
 * Shapes only one area reads (the desk's walk-ins, the employer's masked worker, the
 * worker's profile…) stay with that area.
 */
import type { components } from './api-types.gen';

type Schemas = components['schemas'];

/** A point; the worker's own position from the device has this shape too. */
export type LatLng = Schemas['LocationDto'];

/** Where a shift takes place. */
export type Site = Schemas['ShiftLocationDto'];

/** An amount in integer fen per unit of work. */
export type Pay = Schemas['PayDto'];
export type PayUnit = Pay['unit'];

/**
 * One page of a list; `nextCursor` is opaque, null on the last page
 * (libs/common/src/pagination/cursor.ts). Generic, so written out: each list's generated
 * schema names its own item type.
 */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A shift as everyone sees it (no contact data, ever). */
export type Shift = Schemas['ShiftView'];
export type ShiftStatus = Shift['status'];

/** A market as GET /markets and /markets/:id return it. */
export type Market = Schemas['MarketView'];
/** ISO weekday (1 = Monday … 7 = Sunday) and HH:mm times, Asia/Shanghai. */
export type OpeningInterval = Schemas['OpeningIntervalDto'];

/** A taken seat on a shift. */
export type Assignment = Schemas['AssignmentView'];
export type AssignmentStatus = Assignment['status'];
/** The employer's dispute of the recorded hours, with both figures. */
export type HoursDispute = Schemas['HoursDisputeView'];
/** GET /assignments/:id/check-out-preview: what checking out now records, to confirm. */
export type CheckOutPreview = Schemas['CheckOutPreviewView'];

/** An offer of a shift to a worker. */
export type Offer = Schemas['OfferView'];
export type OfferStatus = Offer['status'];
/** The shift an offer is for, as much as the offer card shows. */
export type OfferShift = Schemas['OfferShiftSummary'];
