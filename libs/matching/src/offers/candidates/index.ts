export * from './candidates.module';
export * from './candidates.service';
export * from './candidates.types';
export * from './eligibility';
export * from './scoring';
