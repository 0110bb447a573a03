import type { AppConfig } from '@app/common';

/** Loads the demo data when the database has no markets yet (filled in by the demo-data work). */
export async function seedDemoIfEmpty(_config: AppConfig): Promise<void> {}
