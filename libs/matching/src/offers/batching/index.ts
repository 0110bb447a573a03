export * from './min-cost-assignment';
export * from './batch-plan';
