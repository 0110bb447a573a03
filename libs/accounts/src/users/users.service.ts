import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppException } from '@app/common';
import { ErrorCode, Role } from '@app/contracts';
import { admitRole } from './role-policy';
import { UserEntity } from './user.entity';
import { upsertUserWithRole, UserRow } from './user-roles.sql';

export type AccountView = Pick<UserEntity, 'id' | 'phone' | 'roles' | 'createdAt'>;

@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

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
    if (existing && !decision.added) return existing;
    return upsertUserWithRole(m, phone, role);
  }

  /** Admin grant: creates the account when missing. Roles only grow here. */
  grantRole(phone: string, role: Role): Promise<UserRow> {
    return upsertUserWithRole(this.db, phone, role);
  }
}
