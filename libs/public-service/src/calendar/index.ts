export * from './working-days';
export * from './due-date';
export * from './statutory-holidays';
