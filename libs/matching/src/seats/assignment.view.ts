import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { maskName, maskPhone } from '@app/common';
import { toShanghaiIso } from '@app/listings';
import { ASSIGNMENT_STATUSES, AssignmentStatus, revealsContact } from './domain/assignment-status';
import { hoursDisputeUntil } from './domain/check-out';

/** The employer's dispute of the recorded hours: both figures, and how it was settled. */
export class HoursDisputeView {
  @ApiProperty({ enum: ['open', 'accepted', 'rejected'] }) status!: HoursDisputeStatus;
  @ApiProperty({ description: 'the hours recorded at check-out' }) recordedHours!: number;
  @ApiProperty() recordedPayFen!: number;
  @ApiProperty({ description: "the employer's figure" }) claimedHours!: number;
  @ApiProperty() claimedPayFen!: number;
  @ApiProperty() reason!: string;
  @ApiProperty() at!: string;
  @ApiPropertyOptional() resolvedAt?: string;
}

export class AssignmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) shiftId!: string;
  @ApiProperty({ format: 'uuid' }) workerId!: string;
  @ApiProperty({ enum: ASSIGNMENT_STATUSES }) status!: AssignmentStatus;
  @ApiProperty({ enum: ['offer', 'grab', 'invite', 'operator'] }) source!: string;
  @ApiPropertyOptional() checkInAt?: string;
  @ApiPropertyOptional() checkOutAt?: string;
  @ApiPropertyOptional({ description: 'hours worked, to 0.01' }) hours?: number;
  @ApiPropertyOptional({ description: 'pay in fen' }) payFen?: number;
  @ApiPropertyOptional({
    enum: ['worker', 'employer'],
    description: 'who confirmed the hours and pay at check-out',
  })
  figuresConfirmedBy?: 'worker' | 'employer';
  @ApiPropertyOptional({ type: HoursDisputeView })
  hoursDispute?: HoursDisputeView;
}

/** GET /assignments/:id/check-out-preview: what a check-out now records, to confirm. */
export class CheckOutPreviewView {
  @ApiProperty({ description: 'send it back with the check-out' }) checkOutAt!: string;
  @ApiProperty() minutesWorked!: number;
  @ApiProperty({ description: 'hours worked, to 0.01' }) hours!: number;
  @ApiProperty({ description: 'pay in fen' }) payFen!: number;
}

export class AssignmentWorkerView {
  @ApiProperty({ description: 'full name once confirmed, masked (张**) before' }) name!: string;
  @ApiProperty({ description: 'full phone once confirmed, masked before' }) phone!: string;
}

/** What the owning employer sees: the worker's contact only for workers they hired. */
export class ShiftAssignmentView extends AssignmentView {
  @ApiProperty({ type: AssignmentWorkerView }) worker!: AssignmentWorkerView;
  @ApiPropertyOptional({
    description: 'completed: until when the employer may dispute the hours (HOURS_DISPUTE_HOURS)',
  })
  hoursDisputableUntil?: string;
}

export type HoursDisputeStatus = 'open' | 'accepted' | 'rejected';

export const ASSIGNMENT_COLUMNS = `a.id, a.shift_id, a.worker_id, a.status, a.source, a.check_in_at,
  a.check_out_at, a.minutes_worked, a.pay_fen, a.created_at,
  CASE WHEN a.figures_confirmed_by IS NULL THEN NULL
       WHEN a.figures_confirmed_by = a.worker_id THEN 'worker' ELSE 'employer' END AS figures_side,
  (SELECT row_to_json(d) FROM hours_disputes d WHERE d.assignment_id = a.id) AS hours_dispute`;

/** An hours_disputes row as row_to_json gives it (timestamps as text). */
export interface HoursDisputeRow {
  status: HoursDisputeStatus;
  recorded_minutes: number;
  recorded_pay_fen: number;
  claimed_minutes: number;
  claimed_pay_fen: number;
  reason: string;
  created_at: string;
  resolved_at: string | null;
}

export interface AssignmentRow {
  id: string;
  shift_id: string;
  worker_id: string;
  status: AssignmentStatus;
  source: string;
  check_in_at: Date | null;
  check_out_at: Date | null;
  minutes_worked: number | null;
  pay_fen: number | null;
  created_at: Date;
  figures_side?: 'worker' | 'employer' | null;
  hours_dispute?: HoursDisputeRow | null;
}

const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

export function toHoursDisputeView(d: HoursDisputeRow): HoursDisputeView {
  const view: HoursDisputeView = {
    status: d.status,
    recordedHours: hoursOf(d.recorded_minutes),
    recordedPayFen: d.recorded_pay_fen,
    claimedHours: hoursOf(d.claimed_minutes),
    claimedPayFen: d.claimed_pay_fen,
    reason: d.reason,
    at: toShanghaiIso(new Date(d.created_at)),
  };
  if (d.resolved_at) view.resolvedAt = toShanghaiIso(new Date(d.resolved_at));
  return view;
}

export function toAssignmentView(r: AssignmentRow): AssignmentView {
  const view: AssignmentView = {
    id: r.id,
    shiftId: r.shift_id,
    workerId: r.worker_id,
    status: r.status,
    source: r.source,
  };
  if (r.check_in_at) view.checkInAt = toShanghaiIso(new Date(r.check_in_at));
  if (r.check_out_at) view.checkOutAt = toShanghaiIso(new Date(r.check_out_at));
  if (r.minutes_worked !== null) view.hours = hoursOf(r.minutes_worked);
  if (r.pay_fen !== null) view.payFen = r.pay_fen;
  if (r.figures_side) view.figuresConfirmedBy = r.figures_side;
  if (r.hours_dispute) view.hoursDispute = toHoursDisputeView(r.hours_dispute);
  return view;
}

export function toShiftAssignmentView(
  r: AssignmentRow & { worker_name: string | null; worker_phone: string },
  disputeWindowHours?: number,
): ShiftAssignmentView {
  const open = revealsContact(r.status);
  const name = r.worker_name ?? '';
  const view: ShiftAssignmentView = {
    ...toAssignmentView(r),
    worker: {
      name: open ? name : maskName(name),
      phone: open ? r.worker_phone : maskPhone(r.worker_phone),
    },
  };
  if (r.status === 'completed' && r.check_out_at && disputeWindowHours !== undefined) {
    const until = hoursDisputeUntil(new Date(r.check_out_at), disputeWindowHours);
    view.hoursDisputableUntil = toShanghaiIso(until);
  }
  return view;
}
