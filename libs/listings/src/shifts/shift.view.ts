import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { maskPersonalNumbers } from '@app/common';
import { publicEmployerName } from '../employers/employer-profile.view';
import type { EmployerKind } from '../employers/employer-profile.entity';
import { toShanghaiIso } from './domain/shanghai-time';
import { SHIFT_STATUSES, ShiftStatus } from './domain/shift-status';
import type { PayUnit } from './domain/pay';
import { PayDto } from './pay.dto';
import { ShiftLocationDto } from './shift.dto';

/** What a shift asks of its workers, both fields always sent (the POST body may leave them out). */
export class ShiftRequirementsView {
  @ApiProperty({ type: [String], example: ['health_cert'] }) certificates!: string[];
  @ApiProperty({ example: 60, description: '0 when the shift sets no credit bar' })
  minCredit!: number;
}

export class ShiftEmployerView {
  @ApiProperty({ description: 'a business name, or a masked individual name (张**)' })
  name!: string;

  @ApiProperty({ enum: ['individual', 'business'] })
  kind!: EmployerKind;
}

/** A shift as everyone sees it: the POST body plus its state. No contact data, ever. */
export class ShiftView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    enum: SHIFT_STATUSES,
    description:
      'pending_review: posted by an employer under the credit bar, held for staff review ' +
      '(not listed, not matched) until approved (→ open) or rejected (→ cancelled); docs/credit.md',
  })
  status!: ShiftStatus;
  @ApiProperty() title!: string;
  @ApiProperty() tradeCode!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: ShiftLocationDto }) location!: ShiftLocationDto;
  @ApiProperty({ example: '2025-06-01T08:00:00.000+08:00' }) startsAt!: string;
  @ApiProperty({ example: '2025-06-01T12:00:00.000+08:00' }) endsAt!: string;
  @ApiProperty({ type: PayDto }) pay!: PayDto;
  @ApiProperty() headcount!: number;
  @ApiProperty({ description: 'seats taken' }) filled!: number;
  @ApiProperty() seatsLeft!: number;
  @ApiProperty({ type: ShiftRequirementsView }) requirements!: ShiftRequirementsView;
  @ApiProperty() instant!: boolean;
  @ApiProperty() autoConfirm!: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  marketId!: string | null;
  @ApiProperty({ format: 'uuid' }) employerId!: string;
  @ApiProperty({ type: ShiftEmployerView }) employer!: ShiftEmployerView;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiPropertyOptional({ description: 'only when searching with `near`' }) distanceKm?: number;
}

/** The shift's own columns of a ShiftRow (`s`); an INSERT can return these. */
export const SHIFT_OWN_COLUMNS = `s.id, s.status, s.title, s.trade_code, s.description, s.lat, s.lng,
  s.address, s.district, s.starts_at, s.ends_at, s.pay_unit, s.pay_fen, s.headcount, s.filled,
  s.certificates, s.min_credit, s.instant, s.auto_confirm, s.market_id, s.employer_id,
  s.created_at, s.updated_at`;

/** Columns every shift read selects (`s` and its employer's profile `ep`), aliased to match ShiftRow. */
export const SHIFT_COLUMNS = `${SHIFT_OWN_COLUMNS}, ep.name AS employer_name, ep.kind AS employer_kind`;

export interface ShiftRow {
  id: string;
  status: ShiftStatus;
  title: string;
  trade_code: string;
  description: string;
  lat: number;
  lng: number;
  address: string;
  district: string;
  starts_at: Date;
  ends_at: Date;
  pay_unit: PayUnit;
  pay_fen: number;
  headcount: number;
  filled: number;
  certificates: string[];
  min_credit: number;
  instant: boolean;
  auto_confirm: boolean;
  market_id: string | null;
  employer_id: string;
  created_at: Date;
  updated_at: Date;
  employer_name: string;
  employer_kind: EmployerKind;
  distance_km?: number | null;
}

export function toShiftView(r: ShiftRow): ShiftView {
  const view: ShiftView = {
    id: r.id,
    status: r.status,
    // Contact goes through the platform: a phone typed into free text is masked.
    title: maskPersonalNumbers(r.title),
    tradeCode: r.trade_code,
    description: maskPersonalNumbers(r.description),
    location: {
      lat: r.lat,
      lng: r.lng,
      address: maskPersonalNumbers(r.address),
      district: r.district,
    },
    startsAt: toShanghaiIso(r.starts_at),
    endsAt: toShanghaiIso(r.ends_at),
    pay: { unit: r.pay_unit, amountFen: r.pay_fen },
    headcount: r.headcount,
    filled: r.filled,
    seatsLeft: r.headcount - r.filled,
    requirements: { certificates: r.certificates, minCredit: r.min_credit },
    instant: r.instant,
    autoConfirm: r.auto_confirm,
    marketId: r.market_id,
    employerId: r.employer_id,
    employer: { name: publicEmployerName(r.employer_name, r.employer_kind), kind: r.employer_kind },
    createdAt: toShanghaiIso(r.created_at),
    updatedAt: toShanghaiIso(r.updated_at),
  };
  if (r.distance_km !== undefined && r.distance_km !== null) {
    view.distanceKm = Math.round(r.distance_km * 1000) / 1000;
  }
  return view;
}
