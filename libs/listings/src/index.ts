export * from './listings.module';
export * from './trades/trades.module';
export * from './trades/trades.service';
