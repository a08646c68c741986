import { DataSource } from 'typeorm';

import { systemClock, ulid, WorkflowRegistry } from '@yilin/runtime';
import { dataSourceOptions } from '@engine/database/data-source-options';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { WorkflowInstanceEntity } from '@engine/instances/entities/workflow-instance.entity';
import { partialRow } from '@engine/database/partial-row.util';
import { plansOf } from '@engine/testing/query-plans';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '@engine/testing/test-database';

import { FundLedger } from './fund-ledger.service';
import { FundsService } from './funds.service';
import { TransparencyService } from './transparency.service';

describe.each(TEST_DRIVERS)('public grants on %s', (driver) => {
  let testDb: TestDatabase;
  let dataSource: DataSource;
  let transparency: TransparencyService;
  const grantIds: string[] = [];
  let ticketId = '';

  beforeAll(async () => {
    testDb = await openTestDatabase(driver);
    dataSource = await new DataSource(dataSourceOptions(testDb.database)).initialize();
    const db = new DatabaseTransactions(dataSource);
    const ledger = new FundLedger(db, systemClock);
    const fund = await new FundsService(db, systemClock).create({ code: 'public-grants', kind: 'micro', name: { zh: '测试基金', en: 'Test fund' } });
    await ledger.donate(fund.id, { amount: 10_000_000 });
    // Thousands of instances, a few of them grants: a page must not read a whole workflow to find them.
    const now = new Date();
    const rows = Array.from({ length: 3000 }, (_, i) =>
      partialRow<WorkflowInstanceEntity>({
        id: ulid(),
        workflow: i % 100 === 1 || i % 100 === 3 ? 'grant-approval' : 'ticket',
        version: 1,
        state: i % 100 === 3 ? 'decision' : 'granted.delivery',
        snapshot: {},
        status: 'active',
        revision: 1,
        ownerId: `owner-${i}`,
        participants: [],
        formPins: {},
        createdAt: now,
        updatedAt: now,
        stateEnteredAt: now,
      }),
    );
    for (let i = 0; i < rows.length; i += 500) await dataSource.manager.insert(WorkflowInstanceEntity, rows.slice(i, i + 500));
    for (const row of rows.filter((_, i) => i % 100 === 1 || i % 100 === 3).slice(0, 30)) {
      await ledger.reserve({ grantId: row.id as string, fundId: fund.id, amount: 1000, programmeId: 'p', programmeTitle: '社区微更新', organisation: '玉林邻里互助会', title: '口袋公园' });
      grantIds.push(row.id as string);
    }
    // A ticket that somehow holds a reservation still shows none of its own states.
    ticketId = rows[0].id as string;
    await ledger.reserve({ grantId: ticketId, fundId: fund.id, amount: 1000, programmeId: 'p', programmeTitle: '社区微更新', organisation: '玉林邻里互助会', title: '工单' });
    await dataSource.query(driver === 'sqlite' ? 'ANALYZE' : 'ANALYZE TABLE workflow_instances, fund_reservations');
    transparency = new TransparencyService(db, new WorkflowRegistry([]));
  });
  afterAll(async () => {
    await dataSource.destroy();
    await testDb.drop();
  });

  it("shows each grant's step, looked up by its id and never by reading the whole workflow", async () => {
    let page: Awaited<ReturnType<TransparencyService['grants']>> | undefined;
    const plans = await plansOf(dataSource, async () => (page = await transparency.grants({ limit: 50 })));
    expect(page?.items).toHaveLength(31);
    const byId = new Map(page?.items.map((item) => [item.grantId, item.state]));
    // With no definition registered, a grant's step is its state's first segment; the ticket shows none of its own.
    expect(grantIds.map((id) => byId.get(id))).toEqual(grantIds.map((_, i) => (i % 2 ? 'decision' : 'granted')));
    expect(byId.get(ticketId)).toBe('granted');
    const lookup = plans.find((p) => /FROM\s+"?`?workflow_instances/i.test(p.sql));
    expect(lookup).toBeDefined();
    const plan = lookup?.plan.join(' | ') ?? '';
    // By primary key, one seek per grant on the page, whatever the database knows of the workflow.
    if (driver === 'sqlite') expect(plan).toMatch(/^SEARCH \S+ USING INDEX sqlite_autoindex_workflow_instances_1 \(id=\?\)$/);
    else expect(plan).toMatch(/key=PRIMARY type=range rows=([1-9]|[1-4][0-9]|5[01]) /);
  });
});
