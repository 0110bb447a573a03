import { ApiProperty } from '@nestjs/swagger';
import {
  IsLatitude,
  IsLongitude,
  IsNotEmpty,
  IsNumber,
  IsString,
  MaxLength,
} from 'class-validator';

/** JSON numbers only: "38.9", NaN and Infinity are not coordinates. */
const FINITE = { allowNaN: false, allowInfinity: false };

/**
 * WGS-84 coordinates, as the contract writes them: `{ lat, lng }`. Where the point
 * must lie in the service area, the property holding it adds IsServiceLocation.
 */
export class LocationDto {
  @ApiProperty({ example: 38.914, minimum: -90, maximum: 90 })
  @IsNumber(FINITE)
  @IsLatitude()
  lat!: number;

  @ApiProperty({ example: 121.614, minimum: -180, maximum: 180 })
  @IsNumber(FINITE)
  @IsLongitude()
  lng!: number;
}

/** A place people go to: coordinates plus the address and district they read. */
export class SiteLocationDto extends LocationDto {
  @ApiProperty({ example: '大连市中山区人民路 1 号' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  address!: string;

  @ApiProperty({ example: '中山区' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  district!: string;
}
