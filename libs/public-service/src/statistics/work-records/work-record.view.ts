import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { toShanghaiIso } from '@app/listings';
import { hoursOf } from '../domain/figures';
import { RECORD_STATUSES, type RecordStatus } from './work-record.dto';

export class WorkRecordCommitmentView {
  @ApiProperty({ example: '2026-11-v1' }) version!: string;
  @ApiProperty() zh!: string;
  @ApiProperty() en!: string;
}

export class WorkRecordConfirmationView {
  @ApiProperty({ description: 'the commitment text version agreed to' }) textVersion!: string;
  @ApiProperty() at!: string;
}

export class WorkRecordDisputeView {
  @ApiProperty() note!: string;
  @ApiProperty() at!: string;
}

/** A worker's record of one completed shift: the district, never the exact place. */
export class WorkRecordView {
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty({ example: '2030-03-11', description: 'the work date (Asia/Shanghai)' })
  date!: string;
  @ApiProperty() checkInAt!: string;
  @ApiProperty() checkOutAt!: string;
  @ApiProperty({ description: 'hours worked, to 0.01' }) hours!: number;
  @ApiProperty({ description: 'income in fen' }) incomeFen!: number;
  @ApiProperty({ example: '中山区' }) district!: string;
  @ApiProperty() tradeCode!: string;
  @ApiProperty() tradeNameZh!: string;
  @ApiProperty() tradeNameEn!: string;
  @ApiProperty() employerName!: string;
  @ApiProperty({ enum: RECORD_STATUSES }) status!: RecordStatus;
  @ApiPropertyOptional({ type: WorkRecordConfirmationView })
  confirmation?: WorkRecordConfirmationView;
  @ApiPropertyOptional({ type: WorkRecordDisputeView, description: 'the latest "this is wrong"' })
  dispute?: WorkRecordDisputeView;
  @ApiProperty({
    description: 'the employer disputes the hours: cannot be confirmed until the worker settles it',
  })
  hoursDisputed!: boolean;
}

export class WorkRecordCountsView {
  @ApiProperty() unconfirmed!: number;
  @ApiProperty() confirmed!: number;
  @ApiProperty() disputed!: number;
}

export class WorkRecordListView {
  @ApiProperty({ type: [WorkRecordView], description: 'newest first' }) items!: WorkRecordView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty({ type: WorkRecordCountsView, description: 'all of the worker’s records' })
  counts!: WorkRecordCountsView;
}

export class ConfirmWorkRecordsResultView {
  @ApiProperty({ description: 'records confirmed by this request (0 on a repeat)' })
  confirmed!: number;
  @ApiProperty({ type: WorkRecordCountsView }) counts!: WorkRecordCountsView;
}

export interface WorkRecordRow {
  id: string;
  sort_at: string;
  work_date: string;
  check_in_at: Date;
  check_out_at: Date;
  minutes_worked: number;
  pay_fen: number;
  district: string;
  trade_code: string;
  name_zh: string;
  name_en: string;
  employer_name: string | null;
  text_version: string | null;
  confirmed_at: Date | null;
  dispute_note: string | null;
  disputed_at: Date | null;
  hours_disputed: boolean;
}

export function toWorkRecordView(r: WorkRecordRow): WorkRecordView {
  const status: RecordStatus = r.confirmed_at
    ? 'confirmed'
    : r.disputed_at
      ? 'disputed'
      : 'unconfirmed';
  const view: WorkRecordView = {
    assignmentId: r.id,
    date: r.work_date,
    checkInAt: toShanghaiIso(new Date(r.check_in_at)),
    checkOutAt: toShanghaiIso(new Date(r.check_out_at)),
    hours: hoursOf(r.minutes_worked),
    incomeFen: r.pay_fen,
    district: r.district,
    tradeCode: r.trade_code,
    tradeNameZh: r.name_zh,
    tradeNameEn: r.name_en,
    employerName: r.employer_name ?? '',
    status,
    hoursDisputed: r.hours_disputed,
  };
  if (r.confirmed_at) {
    view.confirmation = {
      textVersion: r.text_version!,
      at: toShanghaiIso(new Date(r.confirmed_at)),
    };
  }
  if (r.disputed_at) {
    view.dispute = { note: r.dispute_note!, at: toShanghaiIso(new Date(r.disputed_at)) };
  }
  return view;
}
