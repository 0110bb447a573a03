export * from './listings.module';
