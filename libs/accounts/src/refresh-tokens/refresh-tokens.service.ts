import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/common';
import type { Role } from '@app/contracts';
import { RefreshTokenEntity } from './refresh-token.entity';
import { generateRefreshToken, hashRefreshToken, refreshExpiry } from './refresh-token';

export interface IssuedRefreshToken {
  id: string;
  token: string;
  expiresAt: Date;
}

/** Storage of refresh tokens. Callers pass the transaction they run in. */
@Injectable()
export class RefreshTokensService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async issue(
    m: EntityManager,
    userId: string,
    role: Role,
    familyId: string,
  ): Promise<IssuedRefreshToken> {
    const token = generateRefreshToken();
    const expiresAt = refreshExpiry(new Date(), this.config.REFRESH_TOKEN_TTL_DAYS);
    const saved = await m.getRepository(RefreshTokenEntity).save({
      userId,
      familyId,
      role,
      expiresAt,
      tokenHash: hashRefreshToken(token),
      revokedAt: null,
      replacedBy: null,
    });
    return { id: saved.id, token, expiresAt };
  }

  /**
   * The stored row for a presented token, locked until the transaction ends, so
   * that of two concurrent refreshes the second sees the first one's rotation.
   */
  findForUpdate(m: EntityManager, token: string): Promise<RefreshTokenEntity | null> {
    return m.getRepository(RefreshTokenEntity).findOne({
      where: { tokenHash: hashRefreshToken(token) },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async markRotated(m: EntityManager, id: string, successorId: string): Promise<void> {
    await m
      .getRepository(RefreshTokenEntity)
      .update({ id }, { revokedAt: () => 'now()', replacedBy: successorId });
  }

  async revokeFamily(m: EntityManager, familyId: string): Promise<void> {
    await m
      .getRepository(RefreshTokenEntity)
      .update({ familyId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }

  /**
   * Logout: ends the session the token belongs to and returns its id (the family),
   * or null for an unknown token, which is already logged out.
   */
  async revokeFamilyOf(token: string): Promise<string | null> {
    const row = await this.db.getRepository(RefreshTokenEntity).findOne({
      select: { id: true, familyId: true },
      where: { tokenHash: hashRefreshToken(token) },
    });
    if (!row) return null;
    await this.revokeFamily(this.db.manager, row.familyId);
    return row.familyId;
  }

  /**
   * Ends every live session of a user (or only those signed in as `role`): a
   * suspension, or a role taken away. Returns the sessions ended.
   */
  async revokeUser(m: EntityManager, userId: string, role?: Role): Promise<string[]> {
    // Wrapped in a SELECT: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
    const rows = await m.query<{ family_id: string }[]>(
      `WITH ended AS (
         UPDATE refresh_tokens SET revoked_at = now()
          WHERE user_id = $1 AND revoked_at IS NULL AND ($2::text IS NULL OR role = $2)
          RETURNING family_id)
       SELECT DISTINCT family_id FROM ended`,
      [userId, role ?? null],
    );
    return rows.map((r) => r.family_id);
  }
}
