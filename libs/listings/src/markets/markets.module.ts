import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TradesModule } from '../trades/trades.module';
import { MarketEntity, MarketOperatorEntity } from './market.entity';
import { MarketOperatorsService } from './market-operators.service';
import { MarketsService } from './markets.service';

/** The directory of gig markets 零工市场名录 (clause 八) and who operates each. */
@Module({
  imports: [TypeOrmModule.forFeature([MarketEntity, MarketOperatorEntity]), TradesModule],
  providers: [MarketsService, MarketOperatorsService],
  exports: [MarketsService, MarketOperatorsService],
})
export class MarketsModule {}
