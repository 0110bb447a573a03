import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@app/accounts';
import { AppException, Clock } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { MarketOperatorsService, marketNotFound } from '@app/listings';
import { fairState, type FairState } from './fair-rules';

export interface FairRow {
  id: string;
  market_id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  status: 'scheduled' | 'cancelled';
}

export function fairNotFound(): AppException {
  return AppException.forField(ErrorCode.NOT_FOUND, 'id', {
    zh: '招聘会不存在',
    en: 'no such job fair',
  });
}

/**
 * Who may run a market's fairs: an operator bound to the market (403
 * MARKET_NOT_BOUND otherwise) or any admin — the same rule as the operator desk.
 */
@Injectable()
export class FairStaffAccess {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly operators: MarketOperatorsService,
    private readonly clock: Clock,
  ) {}

  async assertMarket(marketId: string): Promise<void> {
    const [row] = await this.db.query<{ id: string }[]>(`SELECT id FROM markets WHERE id = $1`, [
      marketId,
    ]);
    if (!row) throw marketNotFound();
  }

  async canRun(marketId: string, user: AuthUser): Promise<boolean> {
    if (user.roles.includes('admin')) return true;
    return user.roles.includes('operator') && this.operators.isBound(marketId, user.id);
  }

  /** 404 for an unknown market, 403 MARKET_NOT_BOUND for someone who does not run it. */
  async openMarket(marketId: string, user: AuthUser): Promise<void> {
    await this.assertMarket(marketId);
    if (!(await this.canRun(marketId, user))) throw new AppException(ErrorCode.MARKET_NOT_BOUND);
  }

  async fair(fairId: string): Promise<FairRow> {
    const [row] = await this.db.query<FairRow[]>(
      `SELECT id, market_id, title, starts_at, ends_at, status FROM fairs WHERE id = $1`,
      [fairId],
    );
    if (!row) throw fairNotFound();
    return row;
  }

  /** The fair, for someone who runs its market. */
  async fairToRun(fairId: string, user: AuthUser): Promise<FairRow> {
    const fair = await this.fair(fairId);
    if (!(await this.canRun(fair.market_id, user)))
      throw new AppException(ErrorCode.MARKET_NOT_BOUND);
    return fair;
  }

  state(fair: FairRow): FairState {
    return fairState(
      { startsAt: fair.starts_at, endsAt: fair.ends_at, status: fair.status },
      this.clock.now(),
    );
  }

  /** 409 FAIR_STARTED unless the fair is still to come (editing, cancelling). */
  assertUpcoming(fair: FairRow): void {
    const state = this.state(fair);
    if (state === 'upcoming') return;
    throw new AppException(state === 'running' ? ErrorCode.FAIR_STARTED : ErrorCode.FAIR_CLOSED);
  }

  /** 409 FAIR_CLOSED once the fair is over or cancelled (zones, booths, shifts). */
  assertOpenForSetup(fair: FairRow): void {
    const state = this.state(fair);
    if (state === 'ended' || state === 'cancelled') throw new AppException(ErrorCode.FAIR_CLOSED);
  }
}
