import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsPhone } from '@app/accounts';
import { normalizeCreditCode } from './credit-code';
import type { EmployerKind } from './employer-profile.entity';

export const EMPLOYER_KINDS: readonly EmployerKind[] = ['individual', 'business'];

export class PutEmployerProfileDto {
  @ApiProperty({
    example: '大连海鲜加工有限公司',
    maxLength: 60,
    description: '显示名称 display name',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  name!: string;

  @ApiProperty({ enum: EMPLOYER_KINDS, description: 'individual 个人 / business 单位' })
  @IsIn(EMPLOYER_KINDS)
  kind!: EmployerKind;

  @ApiPropertyOptional({
    example: '91350100M000100Y43',
    description: '统一社会信用代码, 18 characters; the check character is verified',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? normalizeCreditCode(value) : value))
  @IsString()
  @Matches(/^[0-9A-HJ-NP-RTUW-Y]{18}$/)
  creditCode?: string;

  @ApiProperty({ example: '王经理', maxLength: 40 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  contactName!: string;

  @IsOptional()
  @IsPhone()
  @ApiPropertyOptional({ description: 'shown to you only, never on a shift or a board' })
  contactPhone?: string;
}
