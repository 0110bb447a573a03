import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { maskName, maskPersonalNumbers } from '@app/common';
import { toShanghaiIso } from '../shifts/domain/shanghai-time';
import { EMPLOYER_KINDS } from './employer-profile.dto';
import type { EmployerKind, EmployerProfileEntity } from './employer-profile.entity';

/** The owner's own view, contact phone included. */
export class EmployerProfileView {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: EMPLOYER_KINDS })
  kind!: EmployerKind;

  @ApiPropertyOptional({ type: String, nullable: true })
  creditCode!: string | null;

  @ApiProperty()
  contactName!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  contactPhone!: string | null;

  @ApiProperty({ example: '2025-06-01T08:00:00.000+08:00' })
  createdAt!: string;

  @ApiProperty({ example: '2025-06-01T08:00:00.000+08:00' })
  updatedAt!: string;
}

export function toEmployerProfileView(p: EmployerProfileEntity): EmployerProfileView {
  return {
    userId: p.userId,
    name: p.name,
    kind: p.kind,
    creditCode: p.creditCode,
    contactName: p.contactName,
    contactPhone: p.contactPhone,
    createdAt: toShanghaiIso(p.createdAt),
    updatedAt: toShanghaiIso(p.updatedAt),
  };
}

/**
 * The name the public sees on a shift. A business shows its registered name (with
 * any phone or ID number typed into it masked); an individual's name is personal
 * data, so it is masked (张**) like a worker's.
 */
export function publicEmployerName(name: string, kind: EmployerKind | string | null): string {
  return kind === 'business' ? maskPersonalNumbers(name) : maskName(maskPersonalNumbers(name));
}
