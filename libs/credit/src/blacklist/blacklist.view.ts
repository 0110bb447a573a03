import { ApiProperty } from '@nestjs/swagger';
import { maskPhone } from '@app/common';
import { toShanghaiIso } from '@app/listings';
import { isActive } from './blacklist-rules';

export class BlacklistEntryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ description: 'full for admins, masked (138****5678) for the user themself' })
  phone!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ description: 'text and links' }) evidence!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null = indefinite' })
  until!: string | null;
  @ApiProperty({ description: 'in force now: not lifted and not past until' }) active!: boolean;
  @ApiProperty({ format: 'uuid' }) createdBy!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) liftedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) liftReason!: string | null;
}

export const BLACKLIST_COLUMNS = `b.id, b.user_id, u.phone, b.reason, b.evidence, b.until, b.created_by,
  b.created_at, b.lifted_at, b.lift_reason`;

export interface BlacklistEntryRow {
  id: string;
  user_id: string;
  phone: string;
  reason: string;
  evidence: string;
  until: Date | null;
  created_by: string;
  created_at: Date;
  lifted_at: Date | null;
  lift_reason: string | null;
}

const iso = (d: Date | null) => (d ? toShanghaiIso(new Date(d)) : null);

export function toBlacklistView(
  r: BlacklistEntryRow,
  now: Date,
  admin: boolean,
): BlacklistEntryView {
  return {
    id: r.id,
    userId: r.user_id,
    phone: admin ? r.phone : maskPhone(r.phone),
    reason: r.reason,
    evidence: r.evidence,
    until: iso(r.until),
    active: isActive({ until: r.until, liftedAt: r.lifted_at }, now),
    createdBy: r.created_by,
    createdAt: toShanghaiIso(new Date(r.created_at)),
    liftedAt: iso(r.lifted_at),
    liftReason: r.lift_reason,
  };
}
