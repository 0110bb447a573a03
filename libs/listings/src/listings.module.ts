import { Module } from '@nestjs/common';

/** Listings: trades, worker and employer profiles, shifts, worker posts and the market directory. */
@Module({
  imports: [],
})
export class ListingsModule {}
