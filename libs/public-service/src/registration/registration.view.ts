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
  @ApiPropertyOptional({
    example: '2026-03-02',
    nullable: true,
    description:
      'the answer is due by the end of this day; null while a year it needs is not loaded',
  })
  dueOn!: string | null;
  @ApiProperty({
    description: 'counted on a year whose make-up days are not yet confirmed: it may still move',
  })
  dueProvisional!: boolean;
  @ApiProperty({ description: 'no due date yet: the count reaches a year not in the calendar' })
  awaitingCalendar!: boolean;
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
  @ApiProperty({
    enum: ['confirmed', 'provisional', 'missing'],
    description:
      'confirmed: the State Council arrangement is in · provisional: statutory days only',
  })
  status!: string;
  @ApiPropertyOptional({ nullable: true, description: 'where the days come from' })
  source!: string | null;
  @ApiPropertyOptional({ nullable: true }) confirmedAt!: string | null;
  @ApiProperty({ type: [CalendarDayView], description: 'the exceptions to Monday–Friday' })
  days!: CalendarDayView[];
}

export class CalendarYearSummaryView {
  @ApiProperty({ example: 2027 }) year!: number;
  @ApiProperty({ enum: ['confirmed', 'provisional'] }) status!: string;
  @ApiProperty() source!: string;
  @ApiPropertyOptional({ nullable: true }) confirmedAt!: string | null;
}

export class CalendarStatusView {
  @ApiProperty({ example: '2026-12-01', description: 'today in Asia/Shanghai' }) today!: string;
  @ApiProperty({ example: 2027 }) nextYear!: number;
  @ApiProperty({ enum: ['confirmed', 'provisional', 'missing'] }) nextYearStatus!: string;
  @ApiProperty({ description: 'from 1 December while next year is missing or unconfirmed' })
  warn!: boolean;
  @ApiProperty({ description: 'pending applications without a due date (a year not loaded)' })
  undatedRegistrations!: number;
  @ApiProperty({ type: [CalendarYearSummaryView] }) years!: CalendarYearSummaryView[];
}
