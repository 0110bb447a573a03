import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { HasHundredths } from './has-hundredths';
import { LocationDto } from '@app/common';

/** Either the code the employer shows, or where the worker stands. */
export class CheckInDto {
  @ApiPropertyOptional({ example: '042917', description: 'the 6-digit rotating code' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'must be six digits' })
  code?: string;

  @ApiPropertyOptional({ type: LocationDto, description: 'within CHECKIN_RADIUS_M of the site' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocationDto)
  location?: LocationDto;
}

export class CheckOutPreviewQueryDto {
  @ApiPropertyOptional({ description: 'pieces done; required when the shift pays by the piece' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value,
  )
  @IsInt()
  @Min(0)
  @Max(100000)
  pieces?: number;
}

/**
 * What the person checking out was shown and confirms: the check-out instant and the
 * hours and pay of GET /assignments/:id/check-out-preview.
 */
export class CheckOutDto {
  @ApiPropertyOptional({ description: 'pieces done; required when the shift pays by the piece' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  pieces?: number;

  @ApiProperty({
    example: '2030-03-11T13:45:00.000+08:00',
    description: 'checkOutAt of the preview shown (at most 10 minutes old)',
  })
  @IsISO8601({ strict: true })
  checkOutAt!: string;

  @ApiProperty({ example: 4.25, description: 'the hours shown and confirmed' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @HasHundredths()
  @Min(0)
  @Max(10000)
  hours!: number;

  @ApiProperty({ example: 12750, description: 'the pay shown and confirmed, in fen' })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  payFen!: number;
}

/** The employer's figure for the hours, and why. */
export class DisputeHoursDto {
  @ApiProperty({
    example: 3.5,
    maximum: 24,
    description: 'the hours the employer says were worked (a shift is at most 24 h)',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @HasHundredths()
  @Min(0)
  @Max(24)
  hours!: number;

  @ApiProperty({ example: '12:30 就离开了现场', description: '2–200 characters' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  reason!: string;
}

export class RateDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  stars!: number;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  comment?: string;
}
