import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '@app/common';

export const APPEAL_STATUSES = ['open', 'upheld', 'dismissed'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

export class FileAppealDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'a blacklist entry in force (one of the two)',
  })
  @IsOptional()
  @IsUUID()
  blacklistEntryId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'a credit event of yours (one of the two)' })
  @IsOptional()
  @IsUUID()
  creditEventId?: string;

  @ApiProperty({ maxLength: 2000, description: 'why the record is wrong' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  text!: string;
}

export class DecideAppealDto {
  @ApiProperty({ enum: ['upheld', 'dismissed'] })
  @IsIn(['upheld', 'dismissed'])
  decision!: 'upheld' | 'dismissed';

  @ApiProperty({ maxLength: 500, description: 'shown to the user' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class ListAppealsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: APPEAL_STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(APPEAL_STATUSES)
  status?: AppealStatus;
}

export class AppealView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ type: String, nullable: true }) blacklistEntryId!: string | null;
  @ApiProperty({ type: String, nullable: true }) creditEventId!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: APPEAL_STATUSES }) status!: AppealStatus;
  @ApiProperty({ type: String, nullable: true }) decidedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionReason!: string | null;
  @ApiProperty() createdAt!: string;
}
