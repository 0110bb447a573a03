import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { normalizePhone } from '@app/accounts';
import { AppException } from '@app/common';
import { ErrorCode } from '@app/contracts';

/** Names a user by id or by phone (admins look people up by the number they are given). */
export class UserRefDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ example: '13912345678' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  phone?: string;
}

export interface CreditUserRow {
  id: string;
  phone: string;
  roles: string[];
  credit_score: number;
}

export async function findUser(
  db: DataSource | EntityManager,
  ref: UserRefDto,
): Promise<CreditUserRow> {
  const phone = ref.phone ? (normalizePhone(ref.phone.trim()) as string) : null;
  if (!ref.userId && !phone) {
    throw AppException.forField(ErrorCode.VALIDATION_FAILED, ref.phone ? 'phone' : 'userId', {
      zh: '请填写用户 ID 或有效的手机号',
      en: 'give a userId or a valid phone number',
    });
  }
  const [row] = await db.query<CreditUserRow[]>(
    `SELECT id, phone, roles, credit_score FROM users
      WHERE ($1::uuid IS NOT NULL AND id = $1) OR ($1::uuid IS NULL AND phone = $2)`,
    [ref.userId ?? null, phone],
  );
  if (!row) {
    throw new AppException(ErrorCode.NOT_FOUND, {
      message: { zh: '用户不存在', en: 'No such user' },
    });
  }
  return row;
}
