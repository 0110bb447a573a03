import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { maskName, maskPhone } from '@app/common';
import { toShanghaiIso } from '@app/listings';
import { COMPLAINT_KINDS, COMPLAINT_STATUSES } from './complaint-rules';

export class ComplaintNoteView {
  @ApiProperty() text!: string;
  @ApiProperty() at!: string;
}

export class ComplaintView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: COMPLAINT_KINDS }) kind!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: COMPLAINT_STATUSES }) status!: string;
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty({ format: 'uuid' }) shiftId!: string;
  @ApiProperty() shiftTitle!: string;
  @ApiProperty() shiftStartsAt!: string;
  @ApiProperty() employerName!: string;
  @ApiProperty({ description: 'masked (张**) for the employer' }) workerName!: string;
  @ApiPropertyOptional({ description: 'only for staff; never shown to the employer' })
  workerPhone?: string;
  @ApiProperty({ type: String, nullable: true }) decisionReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedAt!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiPropertyOptional({ type: [ComplaintNoteView], description: 'staff notes (staff only)' })
  notes?: ComplaintNoteView[];
}

export const COMPLAINT_COLUMNS = `c.id, c.kind, c.text, c.status, c.assignment_id, c.shift_id,
  s.title AS shift_title, s.starts_at, COALESCE(ep.name, '') AS employer_name,
  COALESCE(wp.name, '') AS worker_name, u.phone AS worker_phone, c.decision_reason,
  c.decided_at, c.created_at, c.created_at::text AS t, c.worker_id, c.employer_id`;
export const COMPLAINT_FROM = `complaints c JOIN shifts s ON s.id = c.shift_id
  JOIN users u ON u.id = c.worker_id
  LEFT JOIN worker_profiles wp ON wp.user_id = c.worker_id
  LEFT JOIN employer_profiles ep ON ep.user_id = c.employer_id`;

export interface ComplaintRow {
  id: string;
  kind: string;
  text: string;
  status: string;
  assignment_id: string;
  shift_id: string;
  shift_title: string;
  starts_at: Date;
  employer_name: string;
  worker_name: string;
  worker_phone: string;
  decision_reason: string | null;
  decided_at: Date | null;
  created_at: Date;
  t: string;
  worker_id: string;
  employer_id: string;
}

/** Who is looking decides what they see: the employer never gets the worker's phone. */
export type ComplaintAudience = 'worker' | 'employer' | 'staff';

export function toComplaintView(r: ComplaintRow, audience: ComplaintAudience): ComplaintView {
  const view: ComplaintView = {
    id: r.id,
    kind: r.kind,
    text: r.text,
    status: r.status,
    assignmentId: r.assignment_id,
    shiftId: r.shift_id,
    shiftTitle: r.shift_title,
    shiftStartsAt: toShanghaiIso(new Date(r.starts_at)),
    employerName: r.employer_name,
    workerName: audience === 'employer' ? maskName(r.worker_name) : r.worker_name,
    decisionReason: r.decision_reason,
    decidedAt: r.decided_at ? toShanghaiIso(new Date(r.decided_at)) : null,
    createdAt: toShanghaiIso(new Date(r.created_at)),
  };
  if (audience === 'staff') view.workerPhone = r.worker_phone;
  else if (audience === 'worker') view.workerPhone = maskPhone(r.worker_phone);
  return view;
}
