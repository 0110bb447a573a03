export * from './waves.module';
export * from './matching-queue';
export * from './wave-rules';
export * from './wave-runner.service';
export * from './wave-triggers.service';
export * from './wave-jobs.service';
export * from './offer-created';
