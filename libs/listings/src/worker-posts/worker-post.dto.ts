import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsInDistrictBox, IsServiceLocation, LocationDto, PageQueryDto } from '@app/common';
import { DALIAN_DISTRICTS } from '../markets/districts';
import { PayDto } from '../shifts/pay.dto';
import { ListingSearchQueryDto } from '../shifts/search/search-query.dto';
import { DISTRICT_MESSAGE, WITH_OFFSET } from '../shifts/shift.dto';

/** Where a worker would like to work: an area, rounded to about 1 km when stored. */
export class PostAreaDto extends LocationDto {
  @ApiProperty({ enum: DALIAN_DISTRICTS, example: '金州区' })
  @IsIn(DALIAN_DISTRICTS, { message: DISTRICT_MESSAGE })
  @IsInDistrictBox()
  district!: string;
}

export class CreateWorkerPostDto {
  @ApiProperty({ example: '熟练装卸工，可夜班', maxLength: 60 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  title!: string;

  @ApiProperty({ type: [String], example: ['loader', 'mover'], minItems: 1, maxItems: 5 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tradeCodes!: string[];

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiProperty({
    type: PostAreaDto,
    description: 'the area you want to work in (not your home); stored rounded to ~1 km',
  })
  @ValidateNested()
  @IsServiceLocation()
  @Type(() => PostAreaDto)
  area!: PostAreaDto;

  @ApiProperty({ example: '2025-06-01T00:00:00+08:00' })
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'availableFrom must include an offset such as +08:00' })
  availableFrom!: string;

  @ApiProperty({
    example: '2025-06-30T00:00:00+08:00',
    description: 'after availableFrom, ≤ 180 days',
  })
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'availableTo must include an offset such as +08:00' })
  availableTo!: string;

  @ApiPropertyOptional({ type: PayDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PayDto)
  minPay?: PayDto;
}

export class WorkerPostSearchQueryDto extends ListingSearchQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'closed'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'closed'])
  status?: 'open' | 'closed';
}

export class MyWorkerPostsQueryDto extends PageQueryDto {}
