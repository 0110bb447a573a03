import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';

/**
 * The one description of our database used by the apps (through Nest's
 * TypeOrmModule) and by the migration CLI. The migrations folder sits four levels
 * up both from this file's source and from its compiled copy under dist/apps/<app>.
 */
export function dataSourceOptions(config: Pick<AppConfig, 'DATABASE_URL'>): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'migrations',
    migrations: [join(__dirname, '..', '..', '..', '..', 'migrations', '[0-9]*{.ts,.js}')],
    migrationsTransactionMode: 'each',
    extra: { max: 20, application_name: 'linggong' },
  };
}
