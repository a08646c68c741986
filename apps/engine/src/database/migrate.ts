import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { loadMigrationConfig } from '@engine/config/engine-config';
import { ConfigurationError } from '@engine/config/environment';

import { dataSourceOptions } from './data-source-options';
import { runMigrationsLocked } from './migration-lock';

/** `npm run db:migrate`: applies pending migrations of the configured database, then exits. */
async function migrate(): Promise<void> {
  const config = loadMigrationConfig();
  const options = dataSourceOptions(config.database);
  // A schema change on a large table may rightly take longer than any statement of normal work.
  const dataSource = new DataSource({
    ...options,
    migrationsRun: false,
    ...(options.type === 'mysql' ? { enableQueryTimeout: false } : {}),
  });
  await dataSource.initialize();
  const applied = await runMigrationsLocked(dataSource, { transaction: 'each' });
  console.log(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'The schema is up to date');
  await dataSource.destroy();
}

migrate().catch((error: unknown) => {
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
});
