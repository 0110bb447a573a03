import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsInDistrictBox, IsServiceLocation, LocationDto } from '@app/common';
import { DALIAN_DISTRICTS } from '../markets/districts';
import { CERTIFICATE_CODE } from '../workers/worker-profile.dto';
import { PayDto } from './pay.dto';

/** An ISO 8601 instant must say its offset: "08:00" alone means nothing to a server. */
export const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;
export const DISTRICT_MESSAGE = `district must be one of ${DALIAN_DISTRICTS.join(', ')}`;

export class ShiftLocationDto extends LocationDto {
  @ApiProperty({ example: '大连市甘井子区华北路 100 号' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  address!: string;

  @ApiProperty({ enum: DALIAN_DISTRICTS, example: '甘井子区' })
  @IsIn(DALIAN_DISTRICTS, { message: DISTRICT_MESSAGE })
  @IsInDistrictBox()
  district!: string;
}

export class ShiftRequirementsDto {
  @ApiPropertyOptional({ type: [String], example: ['health_cert'], maxItems: 10 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(CERTIFICATE_CODE, { each: true })
  certificates?: string[];

  @ApiPropertyOptional({ example: 60, minimum: 0, maximum: 1000, default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  minCredit?: number;
}

export class CreateShiftDto {
  @ApiProperty({ example: '海鲜市场装卸', maxLength: 60 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  title!: string;

  @ApiProperty({ example: 'loader', description: 'trade code from GET /trades' })
  @IsString()
  @MaxLength(40)
  tradeCode!: string;

  @ApiPropertyOptional({ example: '卸两车冻品，需能搬 30 斤', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiProperty({ type: ShiftLocationDto })
  @ValidateNested()
  @IsServiceLocation()
  @Type(() => ShiftLocationDto)
  location!: ShiftLocationDto;

  @ApiProperty({ example: '2025-06-01T08:00:00+08:00', description: 'ISO 8601 with offset' })
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'startsAt must include an offset such as +08:00' })
  startsAt!: string;

  @ApiProperty({
    example: '2025-06-01T12:00:00+08:00',
    description: 'after startsAt, at most 24 h later',
  })
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'endsAt must include an offset such as +08:00' })
  endsAt!: string;

  @ApiProperty({ type: PayDto })
  @ValidateNested()
  @Type(() => PayDto)
  pay!: PayDto;

  @ApiProperty({ example: 3, minimum: 1, maximum: 200 })
  @IsInt()
  @Min(1)
  @Max(200)
  headcount!: number;

  @ApiPropertyOptional({ type: ShiftRequirementsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ShiftRequirementsDto)
  requirements?: ShiftRequirementsDto;

  @ApiPropertyOptional({
    default: false,
    description:
      '即时快招: instant hire; the shift must start within INSTANT_WINDOW_HOURS (default 12) of posting',
  })
  @IsOptional()
  @IsBoolean()
  instant?: boolean;

  @ApiPropertyOptional({ default: false, description: 'confirm workers who accept without asking' })
  @IsOptional()
  @IsBoolean()
  autoConfirm?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'the gig market whose boards show it' })
  @IsOptional()
  @IsUUID()
  marketId?: string;
}
