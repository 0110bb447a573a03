import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { AppException, PageQueryDto, parseNear, QueryNumber } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { DALIAN_DISTRICTS } from '../../markets/districts';
import { DISTRICT_MESSAGE, WITH_OFFSET } from '../shift.dto';

export const DEFAULT_RADIUS_KM = 10;
export const MAX_RADIUS_KM = 100;

/** Filters shared by the public searches of shifts and worker posts. */
export class ListingSearchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    example: '38.914,121.614',
    description: 'lat,lng: nearest first, with distanceKm',
  })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  near?: string;

  @ApiPropertyOptional({ default: DEFAULT_RADIUS_KM, minimum: 0.1, maximum: MAX_RADIUS_KM })
  @IsOptional()
  @QueryNumber()
  @IsNumber()
  @Min(0.1)
  @Max(MAX_RADIUS_KM)
  radiusKm?: number;

  @ApiPropertyOptional({ example: 'loader', description: 'trade code from GET /trades' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  trade?: string;

  @ApiPropertyOptional({ enum: DALIAN_DISTRICTS })
  @IsOptional()
  @IsIn(DALIAN_DISTRICTS, { message: DISTRICT_MESSAGE })
  district?: string;

  @ApiPropertyOptional({
    example: '2025-06-01T00:00:00+08:00',
    description: 'time window start: keeps listings that overlap [from, to)',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'from must include an offset such as +08:00' })
  from?: string;

  @ApiPropertyOptional({ example: '2025-06-02T00:00:00+08:00', description: 'time window end' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'to must include an offset such as +08:00' })
  to?: string;
}

export interface ParsedSearch {
  near?: { lat: number; lng: number; radiusKm: number };
  from?: Date;
  to?: Date;
}

/** Turns the shared filters into values, naming the field when one cannot be read. */
export function parseListingSearch(q: ListingSearchQueryDto): ParsedSearch {
  const parsed: ParsedSearch = {};
  if (q.near !== undefined) {
    const point = parseNear(q.near);
    if (!point) {
      throw AppException.forField(ErrorCode.VALIDATION_FAILED, 'near', {
        zh: 'near 须为“纬度,经度”，纬度 -90 到 90，经度 -180 到 180',
        en: 'near must be "lat,lng" with lat in -90..90 and lng in -180..180',
      });
    }
    parsed.near = { ...point, radiusKm: q.radiusKm ?? DEFAULT_RADIUS_KM };
  }
  if (q.from !== undefined) parsed.from = new Date(q.from);
  if (q.to !== undefined) parsed.to = new Date(q.to);
  if (parsed.from && parsed.to && parsed.to <= parsed.from) {
    throw AppException.forField(ErrorCode.INVALID_TIME_WINDOW, 'to', {
      zh: 'to 必须晚于 from',
      en: 'to must be after from',
    });
  }
  return parsed;
}
