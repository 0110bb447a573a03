import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AppException } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { MarketsService } from '@app/listings';
import { AssignmentQueriesService } from '@app/matching';

/**
 * The two questions the gateway asks: may this board exist, may this user watch this
 * shift. The libs that own the tables answer them; the app holds no SQL.
 */
@Injectable()
export class SocketAccessService {
  constructor(
    private readonly markets: MarketsService,
    private readonly assignments: AssignmentQueriesService,
  ) {}

  /** A hall screen may join only a market listed in the directory. */
  async assertListedMarket(marketId: unknown): Promise<string> {
    const notFound = new AppException(ErrorCode.NOT_FOUND, {
      message: { zh: '零工市场不存在或未上线', en: 'No listed market has this id' },
    });
    if (typeof marketId !== 'string' || !isUUID(marketId)) throw notFound;
    if (!(await this.markets.isListed(marketId))) throw notFound;
    return marketId;
  }

  /** The shift's employer, or a worker with an offer or an assignment on it; else 403 (404 when no such shift). */
  assertMayWatch(userId: string, shiftId: string): Promise<void> {
    return this.assignments.assertMayWatch(userId, shiftId);
  }
}
