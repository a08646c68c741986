import { DataSource } from 'typeorm';

import { ulid, WorkflowRegistry, WorkflowRuntime } from '@yilin/runtime';
import { alice, bob, inlineSchemaValidator, sam, ticketDefinitionV1, vera } from '@yilin/runtime/testing';
import { dataSourceOptions } from '@engine/database/data-source-options';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { plansOf } from '@engine/testing/query-plans';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '@engine/testing/test-database';

import { TaskFiling } from './task-filing';
import { TypeOrmInstanceStore } from './typeorm-instance-store';

for (const driver of TEST_DRIVERS) {
  describe(`tasks filed for instances stored before task lists were kept (${driver})`, () => {
    let testDb: TestDatabase;
    let dataSource: DataSource;
    let runtime: WorkflowRuntime;
    let filing: TaskFiling;
    let store: TypeOrmInstanceStore;

    beforeAll(async () => {
      testDb = await openTestDatabase(driver);
      dataSource = await new DataSource(dataSourceOptions(testDb.database)).initialize();
      const db = new DatabaseTransactions(dataSource);
      const registry = new WorkflowRegistry([ticketDefinitionV1]);
      store = new TypeOrmInstanceStore(db);
      runtime = new WorkflowRuntime({ registry, store, validator: inlineSchemaValidator() });
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

    it("reads a role's tasks newest first on the table's key, a page at a time, never sorting the role's whole list", async () => {
      // Thousands filed under one role over three workflows, as a busy office would have them.
      const rows = Array.from({ length: 3000 }, (_, i) => ({ audience: i % 4 ? 'role:clerk' : `user:u${i}`, instance_id: ulid(), workflow: ['ticket', 'errand', 'repair'][i % 3] }));
      for (let i = 0; i < rows.length; i += 500) {
        const chunk = rows.slice(i, i + 500);
        await dataSource.query(`INSERT INTO instance_tasks (audience, instance_id, workflow) VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')}`, chunk.flatMap((r) => [r.audience, r.instance_id, r.workflow]));
      }
      await dataSource.query(driver === 'sqlite' ? 'ANALYZE' : 'ANALYZE TABLE instance_tasks');
      for (const workflow of [undefined, 'errand']) {
        const plans = await plansOf(dataSource, () => store.listTaskCandidates({ audiences: ['role:clerk'], workflow, limit: 20 }));
        const read = plans.find((p) => /FROM\s+[`"]?instance_tasks/i.test(p.sql));
        expect(read).toBeDefined();
        const plan = read?.plan.join(' | ') ?? '';
        // A sort would read every task of the role before the page: what a plan must never need.
        expect(plan).not.toMatch(/filesort|TEMP B-TREE/i);
        expect(plan).toMatch(driver === 'sqlite' ? /SEARCH t USING (COVERING )?INDEX/ : workflow ? /key=idx_instance_tasks_workflow type=(ref|range)/ : /key=PRIMARY type=(ref|range)/);
      }
    });
  });
}
