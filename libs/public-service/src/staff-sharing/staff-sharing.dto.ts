import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, TransformFnParams } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateBy,
} from 'class-validator';
import { PageQueryDto } from '@app/common';
import { DALIAN_DISTRICTS } from '@app/listings';
import { isCalendarDate } from '../calendar';

const trimmed = ({ value }: TransformFnParams): unknown =>
  typeof value === 'string' ? value.trim() : value;

function IsDate(field: string): PropertyDecorator {
  return ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value) => typeof value === 'string' && isCalendarDate(value),
      defaultMessage: () => `${field} must be a date YYYY-MM-DD`,
    },
  });
}

export class SharingPostDto {
  @ApiProperty({ example: 'loader' })
  @IsString()
  @MaxLength(40)
  tradeCode!: string;

  @ApiProperty({ minimum: 1, maximum: 1000, description: 'how many people' })
  @IsInt()
  @Min(1)
  @Max(1000)
  headcount!: number;

  @ApiProperty({ example: '2026-12-01' }) @IsDate('startsOn') startsOn!: string;
  @ApiProperty({ example: '2026-12-20' }) @IsDate('endsOn') endsOn!: string;

  @ApiProperty({ enum: DALIAN_DISTRICTS })
  @IsIn(DALIAN_DISTRICTS, { message: `district must be one of ${DALIAN_DISTRICTS.join(', ')}` })
  district!: string;

  @ApiPropertyOptional({ maxLength: 300, description: 'shown publicly: no phone or ID numbers' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(300)
  note: string = '';
}

export class ListSharingPostsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['offer', 'request'] })
  @IsOptional()
  @IsIn(['offer', 'request'])
  kind?: 'offer' | 'request';

  @ApiPropertyOptional({ example: 'loader' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  trade?: string;

  @ApiPropertyOptional({ enum: DALIAN_DISTRICTS })
  @IsOptional()
  @IsIn(DALIAN_DISTRICTS)
  district?: string;
}

export class ProposeMatchDto {
  @ApiProperty({ format: 'uuid', description: 'one of your own open posts' })
  @IsUUID()
  myPostId!: string;

  @ApiProperty({ format: 'uuid', description: "the other employer's post of the other kind" })
  @IsUUID()
  otherPostId!: string;

  @ApiProperty({ minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  headcount!: number;

  @ApiPropertyOptional({ maxLength: 300, description: 'added to the terms as 补充约定' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(300)
  note: string = '';
}

export class IdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}
