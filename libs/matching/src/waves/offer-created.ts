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
