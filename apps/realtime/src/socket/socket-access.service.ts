import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AppException } from '@app/common';
import { ErrorCode } from '@app/contracts';

/** The two questions the gateway asks the database: may this board exist, may this user watch this shift. */
@Injectable()
export class SocketAccessService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A hall screen may join only a market listed in the directory. */
  async assertListedMarket(marketId: unknown): Promise<string> {
    const notFound = new AppException(ErrorCode.NOT_FOUND, {
      message: { zh: '零工市场不存在或未上线', en: 'No listed market has this id' },
    });
    if (typeof marketId !== 'string' || !isUUID(marketId)) throw notFound;
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM markets WHERE id = $1 AND status = 'listed'`,
      [marketId],
    );
    if (rows.length === 0) throw notFound;
    return marketId;
  }

  /** The shift's employer, or a worker with an offer or an assignment on it; else 403 (404 when no such shift). */
  async assertMayWatch(userId: string, shiftId: string): Promise<void> {
    const [row] = await this.db.query<{ employer_id: string; involved: boolean }[]>(
      `SELECT s.employer_id,
              EXISTS (SELECT 1 FROM offers o WHERE o.shift_id = s.id AND o.worker_id = $2)
              OR EXISTS (SELECT 1 FROM assignments a WHERE a.shift_id = s.id AND a.worker_id = $2)
              AS involved
         FROM shifts s WHERE s.id = $1`,
      [shiftId, userId],
    );
    if (!row) {
      throw new AppException(ErrorCode.NOT_FOUND, {
        message: { zh: '岗位不存在', en: 'No such shift' },
      });
    }
    if (row.employer_id !== userId && !row.involved) {
      throw new AppException(ErrorCode.FORBIDDEN, {
        message: { zh: '只能关注自己的岗位', en: 'You may only watch your own shifts' },
      });
    }
  }
}
