import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AppException } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { MarketEntity, MarketOperatorEntity } from './market.entity';
import { MarketOperatorView } from './market.view';

/** Which operator keeps which market: bound by admins, checked before an operator edits. */
@Injectable()
export class MarketOperatorsService {
  constructor(
    @InjectRepository(MarketOperatorEntity)
    private readonly bindings: Repository<MarketOperatorEntity>,
    @InjectRepository(MarketEntity) private readonly markets: Repository<MarketEntity>,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  isBound(marketId: string, userId: string): Promise<boolean> {
    return this.bindings.existsBy({ marketId, userId });
  }

  /** Idempotent: binding twice keeps the first binding and its time. */
  async bind(marketId: string, userId: string): Promise<MarketOperatorView> {
    await this.assertMarketExists(marketId);
    const [user] = (await this.db.query(`SELECT roles FROM users WHERE id = $1`, [userId])) as {
      roles: string[];
    }[];
    if (!user) {
      throw AppException.forField(ErrorCode.NOT_FOUND, 'userId', {
        zh: '用户不存在',
        en: 'no such user',
      });
    }
    if (!user.roles.includes('operator')) {
      throw AppException.forField(ErrorCode.NOT_AN_OPERATOR, 'userId', {
        zh: '该用户没有工作人员（operator）身份',
        en: 'this user does not hold the operator role',
      });
    }
    await this.bindings
      .createQueryBuilder()
      .insert()
      .values({ marketId, userId })
      .orIgnore()
      .execute();
    const binding = await this.bindings.findOneByOrFail({ marketId, userId });
    return { marketId, userId, boundAt: binding.createdAt.toISOString() };
  }

  /** Idempotent: unbinding someone who is not bound is not an error. */
  async unbind(marketId: string, userId: string): Promise<void> {
    await this.assertMarketExists(marketId);
    await this.bindings.delete({ marketId, userId });
  }

  private async assertMarketExists(id: string): Promise<void> {
    if (!(await this.markets.existsBy({ id }))) throw marketNotFound();
  }
}

export function marketNotFound(): AppException {
  return AppException.forField(ErrorCode.NOT_FOUND, 'id', {
    zh: '零工市场不存在',
    en: 'no such market',
  });
}
