import { Module } from '@nestjs/common';
import { TradesModule } from './trades/trades.module';

/** Listings: trades, worker and employer profiles, shifts, worker posts and the market directory. */
@Module({
  imports: [TradesModule],
})
export class ListingsModule {}
