import { DataSource } from 'typeorm';

import { WorkflowRegistry, WorkflowRuntime } from '@yilin/runtime';
import { alice, bob, inlineSchemaValidator, sam, ticketDefinitionV1, vera } from '@yilin/runtime/testing';
import { dataSourceOptions } from '@engine/database/data-source-options';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '@engine/testing/test-database';

import { TaskFiling } from './task-filing';
import { TypeOrmInstanceStore } from './typeorm-instance-store';

for (const driver of TEST_DRIVERS) {
  describe(`tasks filed for instances stored before task lists were kept (${driver})`, () => {
    let testDb: TestDatabase;
    let dataSource: DataSource;
    let runtime: WorkflowRuntime;
    let filing: TaskFiling;

    beforeAll(async () => {
      testDb = await openTestDatabase(driver);
      dataSource = await new DataSource(dataSourceOptions(testDb.database)).initialize();
      const db = new DatabaseTransactions(dataSource);
      const registry = new WorkflowRegistry([ticketDefinitionV1]);
      runtime = new WorkflowRuntime({ registry, store: new TypeOrmInstanceStore(db), validator: inlineSchemaValidator() });
      filing = new TaskFiling(db, registry);
    });
    afterAll(async () => {
      await dataSource.destroy();
      await testDb.drop();
    });

    const filed = async () =>
      (await dataSource.query('SELECT audience, instance_id AS id FROM instance_tasks ORDER BY audience, instance_id')) as unknown[];

    it('files active instances as their steps would have, and nothing twice', async () => {
      const open = await runtime.start({ workflow: 'ticket', data: { subject: 'open' }, actor: alice });
      await runtime.start({ workflow: 'ticket', data: { subject: 'bob' }, actor: bob });
      const held = await runtime.start({ workflow: 'ticket', data: { subject: 'held' }, actor: alice });
      await runtime.send({ instanceId: held.id, type: 'HOLD', actor: vera });
      const done = await runtime.start({ workflow: 'ticket', data: { subject: 'done' }, actor: alice });
      await runtime.send({ instanceId: done.id, type: 'ASSIGN', data: { assignee: 'sam' }, actor: sam });
      await runtime.send({ instanceId: done.id, type: 'RESOLVE', actor: sam });
      const asStepsFiledThem = await filed();
      expect(asStepsFiledThem).toEqual(expect.arrayContaining([{ audience: 'role:staff', id: open.id }, { audience: 'user:alice', id: open.id }]));
      expect(JSON.stringify(asStepsFiledThem)).not.toContain(held.id);
      expect(JSON.stringify(asStepsFiledThem)).not.toContain(done.id);

      await dataSource.query('DELETE FROM instance_tasks');
      await dataSource.query('UPDATE workflow_instances SET task_audiences = NULL');
      expect(await filing.fileUnfiled()).toBe(2);
      expect(await filed()).toEqual(asStepsFiledThem);
      expect(await filing.fileUnfiled()).toBe(0);
      expect((await runtime.tasks({ actor: sam, limit: 20 })).items.map((item) => item.id)).toContain(open.id);
    });
  });
}
