export * from './error-codes';
export * from './events';
export * from './jobs';
export * from './roles';
