export * from './data-source-options';
export * from './prepare-database';
export * from './database.module';
export * from './delete-in-batches';
