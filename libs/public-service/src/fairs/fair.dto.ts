import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { IsPhone } from '@app/accounts';
import { PageQueryDto } from '@app/common';
import { WITH_OFFSET } from '@app/listings';

export class CreateFairDto {
  @ApiProperty({ example: '春季家政装卸零工专场招聘会' })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  title!: string;

  @ApiProperty({ example: '2026-12-05T09:00:00+08:00', description: 'ISO 8601 with offset' })
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'startsAt must include an offset such as +08:00' })
  startsAt!: string;

  @ApiProperty({ example: '2026-12-05T12:00:00+08:00', description: 'after startsAt, ≤ 24 h' })
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'endsAt must include an offset such as +08:00' })
  endsAt!: string;
}

/** Any of the fields; only before the fair starts. */
export class UpdateFairDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  title?: string;

  @ApiPropertyOptional({ description: 'ISO 8601 with offset' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'startsAt must include an offset such as +08:00' })
  startsAt?: string;

  @ApiPropertyOptional({ description: 'ISO 8601 with offset' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'endsAt must include an offset such as +08:00' })
  endsAt?: string;
}

export class CreateZoneDto {
  @ApiProperty({ example: '家政专区' })
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  name!: string;

  @ApiProperty({ example: ['housekeeping', 'cleaner'], description: 'trade codes it gathers' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tradeCodes!: string[];
}

export class AddFairEmployerDto {
  @ApiPropertyOptional({ example: '13912345678', description: 'the employer by phone, or…' })
  @IsOptional()
  @IsPhone()
  phone?: string;

  @ApiPropertyOptional({ format: 'uuid', description: '…by account id (one of the two)' })
  @IsOptional()
  @IsUUID()
  employerId?: string;

  @ApiProperty({ format: 'uuid', description: 'a zone of this fair' })
  @IsUUID()
  zoneId!: string;

  @ApiProperty({ example: 'A12', description: 'booth number, unique within the fair' })
  @IsString()
  @MinLength(1)
  @MaxLength(10)
  booth!: string;
}

export class AttachShiftDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  shiftId!: string;
}

export class FairParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class FairEmployerParams extends FairParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  employerId!: string;
}

export class FairShiftParams extends FairParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  shiftId!: string;
}

export const FAIR_SCOPES = ['current', 'past'] as const;

export class ListFairsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: FAIR_SCOPES,
    default: 'current',
    description: 'current: running and upcoming, soonest first; past: ended, latest first',
  })
  @IsOptional()
  @IsIn(FAIR_SCOPES)
  scope: (typeof FAIR_SCOPES)[number] = 'current';
}
