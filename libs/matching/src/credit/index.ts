export * from './credit.module';
export * from './credit.service';
export * from './credit-rules';
export * from './audit.service';
export * from './commitments/commitment-texts';
export * from './commitments/record-commitment';
export * from './blacklist/blacklist-rules';
