import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsInDistrictBox, IsServiceLocation, LocationDto } from '@app/common';
import { DALIAN_DISTRICTS } from '../markets/districts';
import { PayDto } from '../shifts/pay.dto';

/** Certificate codes are short identifiers such as `electrician_license` or `health_cert`. */
export const CERTIFICATE_CODE = /^[a-z][a-z0-9_]{1,39}$/;

export class WorkerTradeDto {
  @ApiProperty({ example: 'mover', description: 'trade code from GET /trades' })
  @IsString()
  @MaxLength(40)
  code!: string;

  @ApiProperty({ example: 3, minimum: 1, maximum: 5, description: '1 beginner … 5 master' })
  @IsInt()
  @Min(1)
  @Max(5)
  level!: number;
}

/** Checked further (HH:mm, 24:00 as an end, from < to, no overlaps) by checkAvailability. */
export class AvailabilitySlotDto {
  @ApiProperty({ example: 1, minimum: 1, maximum: 7, description: '1 = Monday … 7 = Sunday' })
  @IsInt()
  weekday!: number;

  @ApiProperty({ example: '07:00', pattern: '^HH:mm$' })
  @IsString()
  from!: string;

  @ApiProperty({
    example: '12:00',
    description: 'after `from`; "24:00" ends the day. Split a night across midnight in two slots.',
  })
  @IsString()
  to!: string;
}

export class PutWorkerProfileDto {
  @ApiProperty({ example: '张师傅', maxLength: 40 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  name!: string;

  @ApiProperty({ type: [WorkerTradeDto], minItems: 1, maxItems: 10 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => WorkerTradeDto)
  trades!: WorkerTradeDto[];

  @ApiPropertyOptional({ type: [String], example: ['electrician_license'], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(CERTIFICATE_CODE, { each: true })
  certificates?: string[];

  @ApiProperty({ enum: DALIAN_DISTRICTS, example: '甘井子区' })
  @IsIn(DALIAN_DISTRICTS, { message: `homeDistrict must be one of ${DALIAN_DISTRICTS.join(', ')}` })
  @IsInDistrictBox('homeLocation')
  homeDistrict!: string;

  @ApiPropertyOptional({
    type: LocationDto,
    description: 'exact home location; personal data, only ever shown to you',
  })
  @IsOptional()
  @ValidateNested()
  @IsServiceLocation()
  @Type(() => LocationDto)
  homeLocation?: LocationDto;

  @ApiPropertyOptional({ example: 10, minimum: 1, maximum: 100, default: 10 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxTravelKm?: number;

  @ApiPropertyOptional({ type: PayDto, description: 'the least you will work for' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PayDto)
  minPay?: PayDto;

  @ApiPropertyOptional({
    type: [AvailabilitySlotDto],
    description: 'weekly availability in Asia/Shanghai time; empty or missing means any time',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => AvailabilitySlotDto)
  availability?: AvailabilitySlotDto[];
}
