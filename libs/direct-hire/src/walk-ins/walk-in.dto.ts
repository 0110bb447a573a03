import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsPhone } from '@app/accounts';
import { QueryNumber } from '@app/common';
import { PutWorkerProfileDto } from '@app/listings';
import { CONSENT_METHODS, type ConsentMethod } from './walk-in-consent';

export class WalkInConsentDto {
  @ApiProperty({
    enum: CONSENT_METHODS,
    description: 'verbal: read aloud and agreed; signed: a signed paper form',
  })
  @IsIn(CONSENT_METHODS)
  method!: ConsentMethod;

  @ApiProperty({
    example: '2026-11-v1',
    description:
      'the version of GET /walk-in-consent the worker agreed to (must be the current one)',
  })
  @IsString()
  @MaxLength(20)
  textVersion!: string;
}

export class WalkInVerificationDto {
  @ApiPropertyOptional({
    example: '123456',
    description:
      'the SMS code sent to the phone (POST …/walk-ins/verification-code), read out by the person',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4,8}$/, { message: 'code must be the digits of the SMS code' })
  code?: string;

  @ApiPropertyOptional({ description: 'the ID number on file for the account (from registration)' })
  @IsOptional()
  @IsString()
  @MaxLength(18)
  idNumber?: string;
}

export class RegisterWalkInDto {
  @IsPhone()
  phone!: string;

  @ApiPropertyOptional({
    type: WalkInVerificationDto,
    description: 'required when the phone already has an account (403 WALK_IN_NOT_VERIFIED)',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => WalkInVerificationDto)
  verification?: WalkInVerificationDto;

  @ApiProperty({ type: WalkInConsentDto, description: 'required: no consent, no registration' })
  @IsObject()
  @ValidateNested()
  @Type(() => WalkInConsentDto)
  consent!: WalkInConsentDto;

  @ApiProperty({ type: PutWorkerProfileDto, description: 'the same shape as PUT /workers/me' })
  @IsObject()
  @ValidateNested()
  @Type(() => PutWorkerProfileDto)
  profile!: PutWorkerProfileDto;
}

export class WalkInPhoneDto {
  @IsPhone()
  phone!: string;
}

export class MarketParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class WalkInWorkerParams extends MarketParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  workerId!: string;
}

export class ListWalkInsQueryDto {
  @ApiPropertyOptional({
    example: '13912345678',
    description: 'exact phone: the one match is shown with its full number',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  phone?: string;

  @ApiPropertyOptional({ description: 'part of the name, or the last digits of the phone' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  q?: string;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 50 })
  @IsOptional()
  @QueryNumber()
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 20;
}

export class CreatePlacementDto {
  @ApiProperty({ format: 'uuid', description: 'a walk-in registered at this market' })
  @IsUUID()
  workerId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  shiftId!: string;
}
