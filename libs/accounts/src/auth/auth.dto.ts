import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { ROLES, type Role } from '@app/contracts';
import { IsPhone } from '../phone/is-phone.decorator';

export class RequestOtpDto {
  @IsPhone()
  phone!: string;
}

export class OtpSentDto {
  @ApiProperty({ example: 300, description: 'seconds the code stays valid' })
  expiresIn!: number;

  @ApiPropertyOptional({
    example: 540,
    description: 'present when this was the last code allowed for now: seconds until the next',
  })
  resendAfter?: number;
}

export class LoginDto {
  @IsPhone()
  phone!: string;

  @ApiProperty({ example: '123456', description: 'the 6-digit SMS code' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'code must be 6 digits' })
  code!: string;

  @ApiProperty({ enum: ROLES, description: 'the app mode to sign in as' })
  @IsIn(ROLES)
  role!: Role;
}

export class RefreshTokenDto {
  @ApiProperty({ description: 'the refresh token from login or the last refresh' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken!: string;
}

export class SessionUserDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '13800138000' })
  phone!: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles!: Role[];

  @ApiProperty({ enum: ROLES })
  role!: Role;
}

export class SessionDto {
  @ApiProperty({ description: 'JWT for `Authorization: Bearer …`' })
  accessToken!: string;

  @ApiProperty({ example: 900, description: 'seconds the access token stays valid' })
  expiresIn!: number;

  @ApiProperty({ description: 'single-use; exchange at POST /auth/refresh' })
  refreshToken!: string;

  @ApiProperty({ example: '2025-07-01T08:00:00.000Z' })
  refreshExpiresAt!: string;

  @ApiProperty({ type: SessionUserDto })
  user!: SessionUserDto;
}
