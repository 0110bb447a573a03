import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, TransformFnParams, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  buildMessage,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
  ValidationOptions,
} from 'class-validator';
import {
  IsInDistrictBox,
  IsServiceLocation,
  LocationDto,
  PageQueryDto,
  QueryBoolean,
  QueryNumber,
} from '@app/common';
import { DALIAN_DISTRICTS } from './districts';
import { MARKET_KINDS, MARKET_STATUSES, MarketKind, MarketStatus } from './market.entity';
import { isTimeOfDay } from './opening-hours';

const TRADE_CODE = /^[a-z][a-z0-9_]{0,39}$/;
/** An office line: 12333, 0411-84375678, 400-123-4567, or a mobile number used as one. */
const PUBLIC_PHONE = /^[0-9][0-9-]{3,18}[0-9]$/;

/** Named isTimeOfDay so the error filter gives it its Chinese wording. */
function IsTimeOfDay(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTimeOfDay',
      validator: {
        validate: (value) => isTimeOfDay(value),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be HH:mm from 00:00 to 23:59`,
          options,
        ),
      },
    },
    options,
  );
}

/** Only a real boolean gets through (the string "false" is refused, never read as true). */
const rawValue = ({ obj, key }: TransformFnParams): unknown =>
  (obj as Record<string, unknown>)[key];
const trimmed = ({ value }: TransformFnParams): unknown =>
  typeof value === 'string' ? value.trim() : value;

export class OpeningIntervalDto {
  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday, 1 = Monday … 7 = Sunday' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday!: number;

  @ApiProperty({ example: '04:30', description: 'HH:mm, inclusive (Asia/Shanghai)' })
  @IsTimeOfDay()
  from!: string;

  @ApiProperty({
    example: '09:00',
    description: 'HH:mm, exclusive; not after `from` means it ends the next day (22:00–02:00)',
  })
  @IsTimeOfDay()
  to!: string;
}

export class CreateMarketDto {
  @ApiProperty({
    enum: MARKET_KINDS,
    description: 'public: 公共就业服务机构; market: 市场化运营',
  })
  @IsIn(MARKET_KINDS)
  kind!: MarketKind;

  @ApiProperty({ example: '金州区零工市场', maxLength: 100 })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiProperty({ enum: DALIAN_DISTRICTS })
  @IsIn(DALIAN_DISTRICTS, { message: `district must be one of ${DALIAN_DISTRICTS.join(', ')}` })
  @IsInDistrictBox('location')
  district!: string;

  @ApiProperty({ example: '大连市金州区斯大林路 688 号', maxLength: 200 })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  address!: string;

  @ApiProperty({ type: LocationDto })
  @IsObject()
  @ValidateNested()
  @IsServiceLocation()
  @Type(() => LocationDto)
  location!: LocationDto;

  @ApiProperty({ type: [OpeningIntervalDto], description: 'several intervals a day are fine' })
  @IsArray()
  @ArrayMaxSize(42)
  @ValidateNested({ each: true })
  @Type(() => OpeningIntervalDto)
  openingHours!: OpeningIntervalDto[];

  @ApiProperty({ type: [String], example: ['mover', 'loader'], description: 'trade codes' })
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(TRADE_CODE, { each: true, message: 'each trade must be a trade code' })
  trades!: string[];

  @ApiPropertyOptional({
    example: '0411-87654321',
    nullable: true,
    description: "the market's public office line; shown to everyone",
  })
  @IsOptional()
  @Matches(PUBLIC_PHONE, { message: 'contactPhone must be digits and dashes, 5–20 long' })
  contactPhone?: string | null;

  @ApiPropertyOptional({ default: false, description: '诚信运营 flag (admins only)' })
  @IsOptional()
  @Transform(rawValue)
  @IsBoolean()
  integrity?: boolean;

  @ApiPropertyOptional({ enum: MARKET_STATUSES, default: 'listed', description: 'admins only' })
  @IsOptional()
  @IsIn(MARKET_STATUSES)
  status?: MarketStatus;

  @ApiPropertyOptional({ maxLength: 2000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;
}

/** Any subset of the fields; `status` and `integrity` are for admins only. */
export class UpdateMarketDto extends PartialType(CreateMarketDto) {}

export class ListMarketsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DALIAN_DISTRICTS })
  @IsOptional()
  @IsIn(DALIAN_DISTRICTS, { message: `district must be one of ${DALIAN_DISTRICTS.join(', ')}` })
  district?: string;

  @ApiPropertyOptional({ example: 'mover', description: 'markets that serve this trade' })
  @IsOptional()
  @Matches(TRADE_CODE, { message: 'trade must be a trade code' })
  trade?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'open at this moment (Asia/Shanghai)',
  })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  openNow?: boolean;

  @ApiPropertyOptional({ example: '38.914,121.614', description: 'lat,lng: nearest first' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  near?: string;

  @ApiPropertyOptional({ default: 50, minimum: 0.1, maximum: 500, description: 'with `near` only' })
  @IsOptional()
  @QueryNumber()
  @IsNumber()
  @Min(0.1)
  @Max(500)
  radiusKm: number = 50;

  @ApiPropertyOptional({ enum: MARKET_KINDS })
  @IsOptional()
  @IsIn(MARKET_KINDS)
  kind?: MarketKind;

  @ApiPropertyOptional({ description: 'part of the name' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;

  @ApiPropertyOptional({
    enum: MARKET_STATUSES,
    default: 'listed',
    description: 'admins only: `suspended` lists the suspended markets',
  })
  @IsOptional()
  @IsIn(MARKET_STATUSES)
  status?: MarketStatus;
}

export class MarketIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class MarketOperatorParams extends MarketIdParams {
  @ApiProperty({ format: 'uuid', description: 'a user holding the operator role' })
  @IsUUID()
  userId!: string;
}
