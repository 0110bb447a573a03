import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LocationDto, maskPersonalNumbers } from '@app/common';
import { DALIAN_DISTRICTS } from './districts';
import { OpeningIntervalDto } from './market.dto';
import {
  MARKET_KINDS,
  MARKET_STATUSES,
  MarketEntity,
  MarketKind,
  MarketStatus,
} from './market.entity';
import { isOpenAt } from './opening-hours';

/** A market as the directory shows it (CONTRACT.md "market", plus openNow and timestamps). */
export class MarketView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: MARKET_KINDS })
  kind!: MarketKind;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: DALIAN_DISTRICTS })
  district!: string;

  @ApiProperty()
  address!: string;

  @ApiProperty({ type: LocationDto })
  location!: { lat: number; lng: number };

  @ApiProperty({ type: [OpeningIntervalDto] })
  openingHours!: OpeningIntervalDto[];

  @ApiProperty({ type: [String] })
  trades!: string[];

  @ApiProperty({
    nullable: true,
    type: String,
    description: "the market's public office line (not a person's number)",
  })
  contactPhone!: string | null;

  @ApiProperty({ description: '诚信运营' })
  integrity!: boolean;

  @ApiProperty({ enum: MARKET_STATUSES })
  status!: MarketStatus;

  @ApiProperty({ nullable: true, type: String })
  description!: string | null;

  @ApiProperty({ description: 'open at the moment of the request (Asia/Shanghai)' })
  openNow!: boolean;

  @ApiPropertyOptional({ description: 'from `near`, when given' })
  distanceKm?: number;

  @ApiProperty({ example: '2026-12-01T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ example: '2026-12-01T09:30:00.000Z' })
  updatedAt!: string;
}

export class MarketPageView {
  @ApiProperty({ type: [MarketView] })
  items!: MarketView[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor!: string | null;
}

export class MarketOperatorView {
  @ApiProperty({ format: 'uuid' })
  marketId!: string;

  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  boundAt!: string;
}

/**
 * The directory's view, for everyone. Operators type the name, address and
 * description: a phone or ID number in them is masked like any public text. The
 * contact line is the market's own office number, public by design (CONTRACT.md).
 */
export function toMarketView(market: MarketEntity, now: Date, distanceKm?: number): MarketView {
  return {
    id: market.id,
    kind: market.kind,
    name: maskPersonalNumbers(market.name),
    district: market.district,
    address: maskPersonalNumbers(market.address),
    location: { lat: market.lat, lng: market.lng },
    openingHours: market.openingHours,
    trades: market.trades,
    contactPhone: market.contactPhone,
    integrity: market.integrity,
    status: market.status,
    description: market.description === null ? null : maskPersonalNumbers(market.description),
    openNow: isOpenAt(market.openingHours, now),
    ...(distanceKm !== undefined ? { distanceKm: Math.round(distanceKm * 1000) / 1000 } : {}),
    createdAt: market.createdAt.toISOString(),
    updatedAt: market.updatedAt.toISOString(),
  };
}
