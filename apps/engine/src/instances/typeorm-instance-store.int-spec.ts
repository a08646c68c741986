import { DataSource } from 'typeorm';

import { describeRuntimeContract } from '@yilin/runtime/testing';
import { dataSourceOptions } from '@engine/database/data-source-options';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { openTestDatabase, TEST_DRIVERS } from '@engine/testing/test-database';

import { TypeOrmInstanceStore } from './typeorm-instance-store';

for (const driver of TEST_DRIVERS) {
  describeRuntimeContract(`TypeORM (${driver})`, async () => {
    const testDb = await openTestDatabase(driver);
    const dataSource = await new DataSource(dataSourceOptions(testDb.database)).initialize();
    return {
      store: new TypeOrmInstanceStore(new DatabaseTransactions(dataSource)),
      close: async () => {
        await dataSource.destroy();
        await testDb.drop();
      },
    };
  });
}
