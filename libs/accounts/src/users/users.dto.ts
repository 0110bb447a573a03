import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ROLES, type Role } from '@app/contracts';
import { IsPhone } from '../phone/is-phone.decorator';

export class MeDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '13800138000', description: "the owner's own number, unmasked" })
  phone!: string;

  @ApiProperty({ enum: ROLES, isArray: true, description: 'every role the account holds' })
  roles!: Role[];

  @ApiProperty({ enum: ROLES, description: 'the role this session signed in as' })
  role!: Role;

  @ApiProperty({ example: '2025-06-01T08:00:00.000Z' })
  createdAt!: string;
}

export class GrantRoleDto {
  @IsPhone()
  phone!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;
}

export class GrantedUserDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '13800138000' })
  phone!: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles!: Role[];

  @ApiProperty({ example: '2025-06-01T08:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ description: 'true when the account did not exist before' })
  created!: boolean;
}

export class UserIdParams {
  @IsUUID()
  id!: string;
}

export class UserRoleParams extends UserIdParams {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;
}

export class SuspendUserDto {
  @ApiProperty({ example: '手机遗失，本人申请停用', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reason!: string;
}

export class ReinstateUserDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reason?: string;
}

export class AccountStatusDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles!: Role[];

  @ApiProperty({ enum: ['active', 'suspended'] })
  status!: 'active' | 'suspended';

  @ApiProperty({ type: String, nullable: true })
  statusReason!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2026-12-01T08:00:00.000Z' })
  statusChangedAt!: string | null;
}
