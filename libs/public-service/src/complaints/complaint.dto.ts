import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '@app/common';
import {
  COMPLAINT_KINDS,
  COMPLAINT_STATUSES,
  type ComplaintKind,
  type ComplaintStatus,
} from './complaint-rules';

export class FileComplaintDto {
  @ApiProperty({ format: 'uuid', description: 'one of your assignments (confirmed or later)' })
  @IsUUID()
  assignmentId!: string;

  @ApiProperty({
    enum: COMPLAINT_KINDS,
    description: 'unpaid_wages 拖欠工资 / unsafe_work 不安全作业',
  })
  @IsIn(COMPLAINT_KINDS)
  kind!: ComplaintKind;

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  text!: string;
}

export class ComplaintNoteDto {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  text!: string;
}

export class DecideComplaintDto {
  @ApiProperty({ enum: ['upheld', 'dismissed'] })
  @IsIn(['upheld', 'dismissed'])
  decision!: 'upheld' | 'dismissed';

  @ApiProperty({ maxLength: 500, description: 'shown to the worker and the employer' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class ListComplaintsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: COMPLAINT_STATUSES, description: 'default: open and investigating' })
  @IsOptional()
  @IsIn(COMPLAINT_STATUSES)
  status?: ComplaintStatus;
}

export class ComplaintIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}
