import { DataSource } from 'typeorm';

import { WorkflowRegistry, WorkflowRuntime } from '@yilin/runtime';
import { alice, inlineSchemaValidator, ManualClock, sam, ticketDefinitionV1 } from '@yilin/runtime/testing';
import { dataSourceOptions } from '@engine/database/data-source-options';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { TypeOrmInstanceStore } from '@engine/instances/typeorm-instance-store';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '@engine/testing/test-database';

import { recountStateDurations, timeInStateOf } from './state-durations';

const HOUR = 3_600_000;

for (const driver of TEST_DRIVERS) {
  describe(`time in state kept as transitions commit (${driver})`, () => {
    let testDb: TestDatabase;
    let dataSource: DataSource;
    let runtime: WorkflowRuntime;
    const clock = new ManualClock();

    beforeAll(async () => {
      testDb = await openTestDatabase(driver);
      dataSource = await new DataSource(dataSourceOptions(testDb.database)).initialize();
      runtime = new WorkflowRuntime({
        registry: new WorkflowRegistry([ticketDefinitionV1]),
        store: new TypeOrmInstanceStore(new DatabaseTransactions(dataSource)),
        validator: inlineSchemaValidator(),
        clock,
      });
    });
    afterAll(async () => {
      await dataSource.destroy();
      await testDb.drop();
    });

    it('adds each stay when the state is left, a comment not restarting the clock, and equals a recount from the audit', async () => {
      const slow = await runtime.start({ workflow: 'ticket', data: { subject: 'slow' }, actor: alice });
      const quick = await runtime.start({ workflow: 'ticket', data: { subject: 'quick' }, actor: alice });
      clock.advance(HOUR);
      await runtime.send({ instanceId: slow.id, type: 'COMMENT', data: { text: 'any news?' }, actor: alice });
      await runtime.send({ instanceId: quick.id, type: 'ASSIGN', data: { assignee: 'sam' }, actor: sam });
      clock.advance(3 * HOUR);
      await runtime.send({ instanceId: slow.id, type: 'ASSIGN', data: { assignee: 'sam' }, actor: sam });
      clock.advance(HOUR / 2);
      await runtime.send({ instanceId: quick.id, type: 'RESOLVE', actor: sam });

      const kept = await timeInStateOf(dataSource.manager, 'ticket');
      expect(kept).toEqual([
        { state: 'live.assigned', visits: 1, averageMs: 3.5 * HOUR, longestMs: 3.5 * HOUR },
        { state: 'live.open', visits: 2, averageMs: 2.5 * HOUR, longestMs: 4 * HOUR },
      ]);
      expect(await timeInStateOf(dataSource.manager, 'errand')).toEqual([]);

      await dataSource.transaction((m) => recountStateDurations(m));
      expect(await timeInStateOf(dataSource.manager, 'ticket')).toEqual(kept);
      // The recount also sets when each instance entered its state, so the next stay is counted from there.
      clock.advance(HOUR);
      await runtime.send({ instanceId: slow.id, type: 'RESOLVE', actor: sam });
      expect((await timeInStateOf(dataSource.manager, 'ticket')).find((row) => row.state === 'live.assigned')).toEqual({
        state: 'live.assigned',
        visits: 2,
        averageMs: 2.5 * HOUR,
        longestMs: 3.5 * HOUR,
      });
    });
  });
}
