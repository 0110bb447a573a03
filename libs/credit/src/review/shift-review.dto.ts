import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, ValidateIf, IsNotEmpty } from 'class-validator';
import { PageQueryDto } from '@app/common';

export class ReviewShiftDto {
  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @ApiPropertyOptional({ maxLength: 500, description: 'required to reject; the employer sees it' })
  @ValidateIf((o: ReviewShiftDto) => o.decision === 'reject' || o.reason !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason?: string;
}

export class ListHeldShiftsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ['pending_review', 'approved', 'rejected'],
    default: 'pending_review',
  })
  @IsOptional()
  @IsIn(['pending_review', 'approved', 'rejected'])
  status?: 'pending_review' | 'approved' | 'rejected';
}

export class ShiftReviewView {
  @ApiProperty({ format: 'uuid' }) shiftId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() tradeCode!: string;
  @ApiProperty() startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty() headcount!: number;
  @ApiProperty({
    description: 'pending_review while held; open after approval; cancelled if rejected',
  })
  shiftStatus!: string;
  @ApiProperty({ format: 'uuid' }) employerId!: string;
  @ApiProperty() employerName!: string;
  @ApiProperty({ description: "the employer's credit score when the shift was held" })
  employerScore!: number;
  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] }) review!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedAt!: string | null;
  @ApiProperty() heldAt!: string;
}
