export * from './public-service.module';
