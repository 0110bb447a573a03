import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EMPLOYMENT_FORMS, REGISTRATION_STATUSES } from './registration-rules';

export class CommitmentTextView {
  @ApiProperty({ example: '2026-11-v1' }) version!: string;
  @ApiProperty() zh!: string;
  @ApiProperty() en!: string;
}

export class RegistrationEventView {
  @ApiProperty({ enum: ['submitted', 'changed', 'returned', 'resubmitted', 'accepted'] })
  kind!: string;
  @ApiProperty({ description: 'worker or admin' }) actorRole!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'why it was returned' })
  reason!: string | null;
  @ApiProperty({ type: [String], description: 'the fields a change touched' })
  changedFields!: string[];
  @ApiPropertyOptional({ nullable: true }) dueOn!: string | null;
  @ApiProperty() at!: string;
}

export class RegistrationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'LG-2026-000123' }) number!: string;
  @ApiProperty({ enum: REGISTRATION_STATUSES }) status!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'whole for the worker and in the staff detail; masked in lists' })
  idNumber!: string;
  @ApiProperty({ description: 'whole for the worker and in the staff detail; masked in lists' })
  phone!: string;
  @ApiProperty() district!: string;
  @ApiProperty() address!: string;
  @ApiProperty({ enum: EMPLOYMENT_FORMS }) employmentForm!: string;
  @ApiProperty({ type: [String] }) trades!: string[];
  @ApiProperty() workDescription!: string;
  @ApiPropertyOptional({ nullable: true }) startedOn!: string | null;
  @ApiProperty() commitment!: { version: string; signedAt: string };
  @ApiProperty() submittedAt!: string;
  @ApiProperty({ example: '2026-03-02', description: 'the answer is due by the end of this day' })
  dueOn!: string;
  @ApiProperty({ description: 'pending and past its due date' }) overdue!: boolean;
  @ApiProperty({ description: 'calendar days past the due date (0 when not overdue)' })
  daysOverdue!: number;
  @ApiPropertyOptional({ nullable: true }) returnReason!: string | null;
  @ApiPropertyOptional({ nullable: true }) decidedAt!: string | null;
  @ApiPropertyOptional({ type: [RegistrationEventView], description: 'only in a detail' })
  history?: RegistrationEventView[];
}

export class RegistrationListView {
  @ApiProperty({ type: [RegistrationView] }) items!: RegistrationView[];
  @ApiPropertyOptional({ nullable: true }) nextCursor!: string | null;
}

export class CalendarDayView {
  @ApiProperty({ example: '2026-02-14' }) date!: string;
  @ApiProperty({ enum: ['holiday', 'workday'] }) kind!: string;
  @ApiProperty({ example: '春节调休上班' }) name!: string;
}

export class CalendarYearView {
  @ApiProperty({ example: '2026' }) year!: string;
  @ApiProperty({ type: [CalendarDayView], description: 'the exceptions to Monday–Friday' })
  days!: CalendarDayView[];
}
