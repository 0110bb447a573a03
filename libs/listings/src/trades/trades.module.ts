import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TradeEntity } from './trade.entity';
import { TradesService } from './trades.service';

@Module({
  imports: [TypeOrmModule.forFeature([TradeEntity])],
  providers: [TradesService],
  exports: [TradesService],
})
export class TradesModule {}
