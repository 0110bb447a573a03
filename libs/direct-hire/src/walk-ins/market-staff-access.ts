import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@app/accounts';
import { AppException } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { MarketOperatorsService } from '@app/listings';

export interface StaffMarket {
  id: string;
  lat: number;
  lng: number;
}

/**
 * Who may work a market's counter: an operator bound to it (403 MARKET_NOT_BOUND
 * otherwise) or any admin. An unknown market is 404 for everyone.
 */
@Injectable()
export class MarketStaffAccess {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly operators: MarketOperatorsService,
  ) {}

  async open(marketId: string, user: AuthUser): Promise<StaffMarket> {
    const [market] = await this.db.query<StaffMarket[]>(
      `SELECT id, lat, lng FROM markets WHERE id = $1`,
      [marketId],
    );
    if (!market) {
      throw AppException.forField(ErrorCode.NOT_FOUND, 'id', {
        zh: '零工市场不存在',
        en: 'no such market',
      });
    }
    if (!user.roles.includes('admin') && !(await this.operators.isBound(marketId, user.id))) {
      throw new AppException(ErrorCode.MARKET_NOT_BOUND);
    }
    return market;
  }

  /** 409 NO_WALK_IN_CONSENT unless the worker gave walk-in consent at this market. */
  async assertConsent(marketId: string, workerId: string): Promise<void> {
    const [row] = await this.db.query<{ ok: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM walk_in_consents WHERE market_id = $1 AND worker_id = $2) AS ok`,
      [marketId, workerId],
    );
    if (!row?.ok) {
      throw AppException.forField(ErrorCode.NO_WALK_IN_CONSENT, 'workerId', {
        zh: '该零工未在本市场登记代办同意',
        en: 'this worker has not given walk-in consent at this market',
      });
    }
  }
}
