import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AppException } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { TradeEntity } from './trade.entity';

export interface TradeView {
  code: string;
  nameZh: string;
  nameEn: string;
  category: string;
  categoryZh: string;
  categoryEn: string;
}

@Injectable()
export class TradesService {
  constructor(@InjectRepository(TradeEntity) private readonly trades: Repository<TradeEntity>) {}

  async list(): Promise<TradeView[]> {
    const rows = await this.trades.find({ where: { active: true }, order: { sortOrder: 'ASC' } });
    return rows.map(({ code, nameZh, nameEn, category, categoryZh, categoryEn }) => ({
      code,
      nameZh,
      nameEn,
      category,
      categoryZh,
      categoryEn,
    }));
  }

  /** Throws UNKNOWN_TRADE naming `field` (e.g. "trades[2].code") when a code is not an active trade. */
  async assertKnown(codes: string[], field: (index: number) => string): Promise<void> {
    if (codes.length === 0) return;
    const found = await this.trades.find({
      select: { code: true },
      where: { code: In(codes), active: true },
    });
    const known = new Set(found.map((t) => t.code));
    const details = codes.flatMap((code, index) =>
      known.has(code)
        ? []
        : [
            {
              field: field(index),
              message: { zh: `工种 ${code} 不存在`, en: `unknown trade ${code}` },
            },
          ],
    );
    if (details.length) throw new AppException(ErrorCode.UNKNOWN_TRADE, { details });
  }
}
