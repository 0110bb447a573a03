import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { PageQueryDto, QueryBoolean } from '@app/common';
import { UserRefDto } from '../credit-users';

export class AddBlacklistDto extends UserRefDto {
  @ApiProperty({ example: '多次爽约且拒不改正', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reason!: string;

  @ApiPropertyOptional({ description: 'evidence: text and links', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  evidence?: string;

  @ApiPropertyOptional({
    example: '2026-12-31T00:00:00+08:00',
    description: 'when the entry ends by itself; omit for indefinite',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  until?: string;
}

export class LiftBlacklistDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reason!: string;
}

export class ListBlacklistQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'only entries in force now' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  userId?: string;
}

export class IdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}
