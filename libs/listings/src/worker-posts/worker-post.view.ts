import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { maskName, maskPersonalNumbers } from '@app/common';
import type { PayUnit } from '../shifts/domain/pay';
import { toShanghaiIso } from '../shifts/domain/shanghai-time';
import { PayDto } from '../shifts/pay.dto';
import { PostAreaDto } from './worker-post.dto';
import type { WorkerPostStatus } from './worker-post.entity';

export class PostWorkerView {
  @ApiProperty({ example: '张**', description: 'masked: only the first character shows' })
  name!: string;
}

/** A worker post as anyone sees it: masked name, no phone, an area rather than a home. */
export class WorkerPostView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: WorkerPostStatus;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [String] }) tradeCodes!: string[];
  @ApiProperty() description!: string;
  @ApiProperty({ type: PostAreaDto }) area!: PostAreaDto;
  @ApiProperty() availableFrom!: string;
  @ApiProperty() availableTo!: string;
  @ApiPropertyOptional({ type: PayDto, nullable: true }) minPay!: PayDto | null;
  @ApiProperty({ type: PostWorkerView }) worker!: PostWorkerView;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiPropertyOptional({ description: 'only when searching with `near`' }) distanceKm?: number;
}

export const POST_COLUMNS = `p.id, p.status, p.title, p.trade_codes, p.description, p.district,
  p.lat, p.lng, p.available_from, p.available_to, p.min_pay_unit, p.min_pay_fen, p.worker_id,
  p.created_at, p.updated_at, wp.name AS worker_name`;

export interface WorkerPostRow {
  id: string;
  status: WorkerPostStatus;
  title: string;
  trade_codes: string[];
  description: string;
  district: string;
  lat: number;
  lng: number;
  available_from: Date;
  available_to: Date;
  min_pay_unit: PayUnit | null;
  min_pay_fen: number | null;
  worker_id: string;
  created_at: Date;
  updated_at: Date;
  worker_name: string;
  distance_km?: number | null;
}

export function toWorkerPostView(r: WorkerPostRow): WorkerPostView {
  const view: WorkerPostView = {
    id: r.id,
    status: r.status,
    // Free text may carry a phone number typed by the worker; public lists never show one.
    title: maskPersonalNumbers(r.title),
    tradeCodes: r.trade_codes,
    description: maskPersonalNumbers(r.description),
    area: { lat: r.lat, lng: r.lng, district: r.district },
    availableFrom: toShanghaiIso(r.available_from),
    availableTo: toShanghaiIso(r.available_to),
    minPay:
      r.min_pay_unit === null || r.min_pay_fen === null
        ? null
        : { unit: r.min_pay_unit, amountFen: r.min_pay_fen },
    worker: { name: maskName(r.worker_name) },
    createdAt: toShanghaiIso(r.created_at),
    updatedAt: toShanghaiIso(r.updated_at),
  };
  if (r.distance_km !== undefined && r.distance_km !== null) {
    view.distanceKm = Math.round(r.distance_km * 1000) / 1000;
  }
  return view;
}

/** About 1.1 km north-south: enough to search by, too coarse to find a door. */
export function roundToArea(degrees: number): number {
  return Math.round(degrees * 100) / 100;
}
