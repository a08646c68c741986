import { DataSource } from 'typeorm';

import { type OutboxRecord, ulid } from '@yilin/runtime';
import { describeRuntimeContract } from '@yilin/runtime/testing';
import { dataSourceOptions } from '@engine/database/data-source-options';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '@engine/testing/test-database';

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

for (const driver of TEST_DRIVERS) {
  describe(`outbox outcomes on ${driver}`, () => {
    let testDb: TestDatabase;
    let dataSource: DataSource;
    let db: DatabaseTransactions;
    let store: TypeOrmInstanceStore;

    beforeAll(async () => {
      testDb = await openTestDatabase(driver);
      dataSource = await new DataSource(dataSourceOptions(testDb.database)).initialize();
      db = new DatabaseTransactions(dataSource);
      store = new TypeOrmInstanceStore(db);
    });
    afterAll(async () => {
      await dataSource.destroy();
      await testDb.drop();
    });

    it('records the outcomes of messages asked together in one transaction, each as asked', async () => {
      const at = new Date('2026-12-01T08:00:00Z');
      const pending: OutboxRecord[] = Array.from({ length: 6 }, () => ({
        id: ulid(),
        instanceId: ulid(),
        type: 'notify',
        payload: { template: 'ticket.assigned', to: { roles: ['staff'] } },
        status: 'pending',
        attempts: 0,
        lastError: null,
        createdAt: at,
        updatedAt: at,
      }));
      await store.transaction((tx) => tx.addOutbox(pending));
      const outcomeOf = (i: number) =>
        i % 3 === 2
          ? { status: 'failed' as const, attempts: 3, lastError: 'mail server down' }
          : { status: 'done' as const, attempts: 1, lastError: null };
      const unitsBefore = db.stats.units;

      await Promise.all(pending.map((message, i) => store.updateOutbox(message.id, outcomeOf(i))));

      // The first alone, the five asked while it was on its way together.
      expect(db.stats.units - unitsBefore).toBe(2);
      const recorded = await Promise.all(pending.map((message) => store.findOutbox(message.id)));
      expect(recorded.map((m) => m && { status: m.status, attempts: m.attempts, lastError: m.lastError })).toEqual(
        pending.map((_, i) => outcomeOf(i)),
      );
    });
  });
}
