import { maskPersonalNumbers } from '@app/common';
import { DomainEvent, Room } from '@app/contracts';
import { toShanghaiIso, type PayUnit } from '@app/listings';

export interface OfferedShift {
  id: string;
  title: string;
  tradeCode: string;
  lat: number;
  lng: number;
  address: string;
  district: string;
  startsAt: Date;
  endsAt: Date;
  payUnit: PayUnit;
  payFen: number;
}

/** The shift columns an offer's event needs, as SQL returns them. */
export interface OfferedShiftRow {
  id: string;
  title: string;
  trade_code: string;
  lat: number;
  lng: number;
  address: string;
  district: string;
  starts_at: Date | string;
  ends_at: Date | string;
  pay_unit: PayUnit;
  pay_fen: number;
}

export function offeredShift(row: OfferedShiftRow): OfferedShift {
  return {
    id: row.id,
    // Employers type phone numbers into titles and addresses; the card shows them masked, as
    // every other surface of a shift does (toShiftView).
    title: maskPersonalNumbers(row.title),
    tradeCode: row.trade_code,
    lat: row.lat,
    lng: row.lng,
    address: maskPersonalNumbers(row.address),
    district: row.district,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    payUnit: row.pay_unit,
    payFen: row.pay_fen,
  };
}

/** `offer.created` for the worker offered the shift: what their phone shows. */
export function offerCreated(
  offer: { id: string; workerId: string; expiresAt: Date; distanceKm: number | null },
  shift: OfferedShift,
): DomainEvent<'offer.created'> {
  return {
    type: 'offer.created',
    rooms: [Room.worker(offer.workerId)],
    data: {
      offerId: offer.id,
      shift: {
        id: shift.id,
        title: shift.title,
        tradeCode: shift.tradeCode,
        location: {
          lat: shift.lat,
          lng: shift.lng,
          address: shift.address,
          district: shift.district,
        },
        startsAt: toShanghaiIso(shift.startsAt),
        endsAt: toShanghaiIso(shift.endsAt),
        pay: { unit: shift.payUnit, amountFen: shift.payFen },
        distanceKm: offer.distanceKm,
      },
      expiresAt: toShanghaiIso(offer.expiresAt),
    },
  };
}
