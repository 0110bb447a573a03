import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LocationDto } from '@app/common';
import { toShanghaiIso } from '../shifts/domain/shanghai-time';
import { PayDto } from '../shifts/pay.dto';
import { AvailabilitySlotDto, WorkerTradeDto } from './worker-profile.dto';
import type { WorkerProfileEntity, WorkerTradeEntity } from './worker-profile.entity';

/** The owner's own view of their profile, exact home location included. */
export class WorkerProfileView {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: [WorkerTradeDto] })
  trades!: WorkerTradeDto[];

  @ApiProperty({ type: [String] })
  certificates!: string[];

  @ApiProperty()
  homeDistrict!: string;

  @ApiPropertyOptional({ type: LocationDto, nullable: true })
  homeLocation!: LocationDto | null;

  @ApiProperty()
  maxTravelKm!: number;

  @ApiPropertyOptional({ type: PayDto, nullable: true })
  minPay!: PayDto | null;

  @ApiProperty({ type: [AvailabilitySlotDto] })
  availability!: AvailabilitySlotDto[];

  @ApiProperty({ example: '2025-06-01T08:00:00.000+08:00' })
  createdAt!: string;

  @ApiProperty({ example: '2025-06-01T08:00:00.000+08:00' })
  updatedAt!: string;
}

export function toWorkerProfileView(
  p: WorkerProfileEntity,
  trades: WorkerTradeEntity[],
): WorkerProfileView {
  return {
    userId: p.userId,
    name: p.name,
    trades: trades
      .map((t) => ({ code: t.tradeCode, level: t.level }))
      .sort((a, b) => b.level - a.level || a.code.localeCompare(b.code)),
    certificates: p.certificates,
    homeDistrict: p.homeDistrict,
    homeLocation:
      p.homeLat === null || p.homeLng === null ? null : { lat: p.homeLat, lng: p.homeLng },
    maxTravelKm: p.maxTravelKm,
    minPay:
      p.minPayUnit === null || p.minPayFen === null
        ? null
        : { unit: p.minPayUnit, amountFen: p.minPayFen },
    availability: p.availability,
    createdAt: toShanghaiIso(p.createdAt),
    updatedAt: toShanghaiIso(p.updatedAt),
  };
}
