import { ApiProperty } from '@nestjs/swagger';
import { maskPersonalNumbers } from '@app/common';
import { PayDto, ShiftLocationDto, toShanghaiIso } from '@app/listings';
import { OFFER_STATUSES, OfferStatus } from './domain/offer-status';

export class OfferShiftSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() tradeCode!: string;
  @ApiProperty({ type: ShiftLocationDto })
  location!: { lat: number; lng: number; address: string; district: string };
  @ApiProperty() startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty({ type: PayDto })
  pay!: { unit: string; amountFen: number };
  @ApiProperty({ type: Number, nullable: true, description: 'km from the worker to the site' })
  distanceKm!: number | null;
}

export class OfferView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) shiftId!: string;
  @ApiProperty({ type: OfferShiftSummary }) shift!: OfferShiftSummary;
  @ApiProperty({ enum: OFFER_STATUSES }) status!: OfferStatus;
  @ApiProperty() expiresAt!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'why this offer was made: {total, parts}, or {} when none was recorded',
    example: { total: 0.82, parts: {} },
  })
  score!: Record<string, unknown>;
}

export const OFFER_COLUMNS = `o.id, o.shift_id, o.status, o.expires_at, o.score, o.distance_km,
  o.created_at::text AS created_key, s.title, s.trade_code, s.lat, s.lng, s.address, s.district,
  s.starts_at, s.ends_at, s.pay_unit, s.pay_fen`;

export interface OfferRow {
  id: string;
  shift_id: string;
  status: OfferStatus;
  expires_at: Date;
  score: Record<string, unknown>;
  distance_km: number | null;
  created_key: string;
  title: string;
  trade_code: string;
  lat: number;
  lng: number;
  address: string;
  district: string;
  starts_at: Date;
  ends_at: Date;
  pay_unit: string;
  pay_fen: number;
}

export function toOfferView(r: OfferRow): OfferView {
  return {
    id: r.id,
    shiftId: r.shift_id,
    shift: {
      id: r.shift_id,
      title: maskPersonalNumbers(r.title),
      tradeCode: r.trade_code,
      location: {
        lat: r.lat,
        lng: r.lng,
        address: maskPersonalNumbers(r.address),
        district: r.district,
      },
      startsAt: toShanghaiIso(new Date(r.starts_at)),
      endsAt: toShanghaiIso(new Date(r.ends_at)),
      pay: { unit: r.pay_unit, amountFen: r.pay_fen },
      distanceKm: r.distance_km,
    },
    status: r.status,
    expiresAt: toShanghaiIso(new Date(r.expires_at)),
    score: r.score,
  };
}

/** One offer in full, for its worker, the shift's owner or an admin: why it was made. */
export class OfferDetailView extends OfferView {
  @ApiProperty({ format: 'uuid' }) workerId!: string;
  @ApiProperty({ enum: ['wave', 'batch', 'invite', 'operator'] }) source!: string;
  @ApiProperty({ description: 'the wave that sent it; 0 for an invite' }) wave!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'km from the worker to the site',
  })
  distanceKm!: number | null;
  @ApiProperty({ type: String, nullable: true }) closeReason!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) closedAt!: string | null;
}
