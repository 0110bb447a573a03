import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
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

export class CheckOutDto {
  @ApiPropertyOptional({ description: 'pieces done; required when the shift pays by the piece' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  pieces?: number;
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
