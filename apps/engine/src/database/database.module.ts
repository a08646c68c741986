import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ENGINE_CONFIG, type EngineConfig } from '@engine/config/engine-config';

import { DatabaseTransactions } from './database-transactions';
import { dataSourceOptions } from './data-source-options';
import { openDataSource } from './driver-columns';
import { runMigrationsLocked } from './migration-lock';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ENGINE_CONFIG],
      useFactory: (config: EngineConfig) => ({
        ...dataSourceOptions(config.database),
        // Fail fast at start instead of retrying for minutes; a supervisor restarts the process.
        retryAttempts: 2,
        retryDelay: 1000,
        // Expected races (a duplicate key settling who was first) are handled; only log in normal runs.
        logging: config.logLevel === 'silent' ? false : ['error'],
        // Migrated below, under the migration lock, so processes starting together cannot race.
        migrationsRun: false,
      }),
      dataSourceFactory: async (options) => {
        if (!options) throw new Error('The database module gave no data source options');
        const dataSource = await openDataSource(options);
        await runMigrationsLocked(dataSource);
        return dataSource;
      },
    }),
  ],
  providers: [DatabaseTransactions],
  exports: [DatabaseTransactions],
})
export class DatabaseModule {}
