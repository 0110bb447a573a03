import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AppException, Clock } from '@app/common';
import { ErrorCode, Role } from '@app/contracts';
import type { AccountStatus } from '../auth/account-access';
import type { AuthUser } from '../auth/auth-user';
import { Authenticator } from '../auth/authenticator.service';
import { SessionRevocations } from '../auth/session-revocations.service';
import { RefreshTokensService } from '../refresh-tokens/refresh-tokens.service';
import { admitRole } from './role-policy';
import type { AccountStatusDto } from './users.dto';
import { UserEntity } from './user.entity';
import { upsertUserWithRole, UserRow } from './user-roles.sql';

export type AccountView = Pick<UserEntity, 'id' | 'phone' | 'roles' | 'createdAt'>;

@Injectable()
export class UsersService {
  private readonly logger = new Logger('Users');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly refreshTokens: RefreshTokensService,
    private readonly authenticator: Authenticator,
    private readonly revocations: SessionRevocations,
    private readonly clock: Clock,
  ) {}

  findById(id: string, m: EntityManager = this.db.manager): Promise<UserEntity | null> {
    return m.getRepository(UserEntity).findOne({ where: { id } });
  }

  /**
   * The account `phone` signs in to as `role`, created or given the role when it
   * is self-service; ROLE_NOT_GRANTED otherwise. Runs in the login's transaction.
   * The same error for "no account" and "no such role", so nobody can probe who
   * is an operator.
   */
  async admitForLogin(m: EntityManager, phone: string, role: Role): Promise<AccountView> {
    const existing = await m.getRepository(UserEntity).findOne({ where: { phone } });
    const decision = admitRole(existing?.roles ?? null, role);
    if (!decision) {
      throw AppException.forField(ErrorCode.ROLE_NOT_GRANTED, 'role', {
        zh: `该账号没有「${role}」身份，请联系管理员开通`,
        en: `This account does not hold the ${role} role; ask an administrator`,
      });
    }
    if (existing?.status === 'suspended') throw new AppException(ErrorCode.ACCOUNT_SUSPENDED);
    if (existing && !decision.added) return existing;
    return upsertUserWithRole(m, phone, role);
  }

  /** Admin grant: creates the account when missing. Takes effect on the user's next request. */
  async grantRole(phone: string, role: Role): Promise<UserRow> {
    const user = await upsertUserWithRole(this.db, phone, role);
    await this.authenticator.forget(user.id);
    return user;
  }

  /**
   * Takes back what grantRole just did when the step after it failed: the account it
   * created is deleted, a role it added is removed; an account that already held the
   * role is left as it was.
   */
  async undoGrantRole(granted: UserRow, role: Role, hadRole: boolean): Promise<void> {
    if (granted.created) await this.db.query(`DELETE FROM users WHERE id = $1`, [granted.id]);
    else if (!hadRole) {
      await this.db.query(`UPDATE users SET roles = array_remove(roles, $2) WHERE id = $1`, [
        granted.id,
        role,
      ]);
    }
  }

  /**
   * Admin: takes a role away. The sessions signed in as that role end at once (their
   * sockets too); other sessions see the smaller set of roles on their next request.
   */
  async revokeRole(admin: AuthUser, userId: string, role: Role): Promise<AccountStatusDto> {
    if (userId === admin.id && role === 'admin') {
      throw AppException.forField(ErrorCode.FORBIDDEN, 'role', {
        zh: '不能撤销自己的管理员身份',
        en: 'You cannot take the admin role away from yourself',
      });
    }
    const ended = await this.db.transaction(async (m) => {
      await this.lock(m, userId);
      await m.query(
        `UPDATE users SET roles = array_remove(roles, $2), updated_at = now() WHERE id = $1`,
        [userId, role],
      );
      return this.refreshTokens.revokeUser(m, userId, role);
    });
    await this.authenticator.forget(userId);
    await this.revocations.revoke(ended, 'revoked');
    this.logger.log({ userId, role, by: admin.id }, 'role revoked');
    return this.statusOf(userId);
  }

  /**
   * Admin: suspends or reinstates an account. Suspending ends every session (refresh
   * tokens revoked, access tokens refused within the guard's cache time at most —
   * at once, since the cache is dropped —, sockets disconnected); reinstating lets
   * the person sign in again.
   */
  async setStatus(
    admin: AuthUser,
    userId: string,
    status: AccountStatus,
    reason: string | null,
  ): Promise<AccountStatusDto> {
    if (userId === admin.id && status === 'suspended') {
      throw AppException.forField(ErrorCode.FORBIDDEN, 'id', {
        zh: '不能停用自己的账号',
        en: 'You cannot suspend your own account',
      });
    }
    const ended = await this.db.transaction(async (m) => {
      await this.lock(m, userId);
      await m.query(
        `UPDATE users SET status = $2, status_reason = $3, status_changed_at = $4,
                status_changed_by = $5, updated_at = now()
          WHERE id = $1`,
        [userId, status, reason?.trim() || null, this.clock.now(), admin.id],
      );
      return status === 'suspended' ? this.refreshTokens.revokeUser(m, userId) : [];
    });
    await this.authenticator.forget(userId);
    if (status === 'suspended') {
      await this.revocations.revoke(ended, 'suspended');
      await this.revocations.endUser(userId, 'suspended');
    }
    this.logger.log({ userId, status, by: admin.id }, 'account status changed');
    return this.statusOf(userId);
  }

  private async lock(m: EntityManager, userId: string): Promise<void> {
    const rows = isUUID(userId)
      ? await m.query<unknown[]>(`SELECT 1 FROM users WHERE id = $1 FOR UPDATE`, [userId])
      : [];
    if (rows.length === 0) {
      throw new AppException(ErrorCode.NOT_FOUND, {
        message: { zh: '账号不存在', en: 'No such account' },
      });
    }
  }

  private async statusOf(userId: string): Promise<AccountStatusDto> {
    const user = (await this.findById(userId))!;
    return {
      id: user.id,
      roles: user.roles,
      status: user.status,
      statusReason: user.statusReason,
      statusChangedAt: user.statusChangedAt?.toISOString() ?? null,
    };
  }
}
