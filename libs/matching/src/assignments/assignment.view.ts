import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { maskName, maskPhone } from '@app/common';
import { toShanghaiIso } from '@app/listings';
import { ASSIGNMENT_STATUSES, AssignmentStatus, revealsContact } from './domain/assignment-status';

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
}

export class AssignmentWorkerView {
  @ApiProperty({ description: 'full name once confirmed, masked (张**) before' }) name!: string;
  @ApiProperty({ description: 'full phone once confirmed, masked before' }) phone!: string;
}

/** What the owning employer sees: the worker's contact only for workers they hired. */
export class ShiftAssignmentView extends AssignmentView {
  @ApiProperty({ type: AssignmentWorkerView }) worker!: AssignmentWorkerView;
}

export const ASSIGNMENT_COLUMNS = `a.id, a.shift_id, a.worker_id, a.status, a.source, a.check_in_at,
  a.check_out_at, a.minutes_worked, a.pay_fen, a.created_at`;

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
  if (r.minutes_worked !== null) view.hours = Math.round((r.minutes_worked / 60) * 100) / 100;
  if (r.pay_fen !== null) view.payFen = r.pay_fen;
  return view;
}

export function toShiftAssignmentView(
  r: AssignmentRow & { worker_name: string | null; worker_phone: string },
): ShiftAssignmentView {
  const open = revealsContact(r.status);
  const name = r.worker_name ?? '';
  return {
    ...toAssignmentView(r),
    worker: {
      name: open ? name : maskName(name),
      phone: open ? r.worker_phone : maskPhone(r.worker_phone),
    },
  };
}
