export * from './auth/auth-user';
export * from './auth/access-token.service';
export * from './auth/auth.guard';
export * from './auth/auth.decorators';
export * from './auth/auth-core.module';
export * from './accounts.module';
