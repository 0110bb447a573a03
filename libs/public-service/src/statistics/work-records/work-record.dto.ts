import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PageQueryDto } from '@app/common';

export const RECORD_STATUSES = ['unconfirmed', 'confirmed', 'disputed'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export class ListWorkRecordsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: RECORD_STATUSES, description: 'only records in this state' })
  @IsOptional()
  @IsIn(RECORD_STATUSES)
  status?: RecordStatus;
}

export class ConfirmWorkRecordDto {
  @ApiProperty({
    example: '2026-11-v1',
    description:
      'the version of GET /work-record-commitment the worker agreed to (the current one)',
  })
  @IsString()
  @MaxLength(20)
  textVersion!: string;
}

export class ConfirmWorkRecordsDto extends ConfirmWorkRecordDto {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description:
      'the records (assignment ids) to confirm; omitted: every unconfirmed record that is not flagged as wrong',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  assignmentIds?: string[];
}

export class DisputeWorkRecordDto {
  @ApiProperty({ example: '实际只干了 3 小时', description: 'what is wrong, 2–200 characters' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  note!: string;
}

export class WorkRecordParams {
  @ApiProperty({ format: 'uuid', description: 'the assignment the record comes from' })
  @IsUUID()
  id!: string;
}
