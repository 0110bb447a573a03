export * from './app.exception';
export * from './error-catalog';
export * from './validation-errors';
export * from './database-errors';
export * from './all-exceptions.filter';
