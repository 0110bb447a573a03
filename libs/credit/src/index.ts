export * from './credit.module';
export * from './credit.service';
export * from './credit-rules';
export * from './audit.service';
export * from './blacklist/blacklist-rules';
export * from './credit-http.module';
export * from './page-schema';
