import { DataSource } from 'typeorm';

import { WorkflowRegistry, WorkflowRuntime } from '@yilin/runtime';
import { alice, inlineSchemaValidator, sam, ManualClock, ticketDefinitionV1 } from '@yilin/runtime/testing';
import { dataSourceOptions } from '@engine/database/data-source-options';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '@engine/testing/test-database';

import { TypeOrmInstanceStore } from './typeorm-instance-store';

const describeOnMariadb = TEST_DRIVERS.includes('mysql') ? describe : describe.skip;

describeOnMariadb('steps sharing a MariaDB commit, reads sharing a statement', () => {
  let testDb: TestDatabase;
  let dataSource: DataSource;
  let db: DatabaseTransactions;
  let runtime: WorkflowRuntime;
  let store: TypeOrmInstanceStore;
  const sent: string[] = [];

  beforeAll(async () => {
    testDb = await openTestDatabase('mysql');
    dataSource = await new DataSource(dataSourceOptions(testDb.database)).initialize();
    const createQueryRunner = dataSource.driver.createQueryRunner.bind(dataSource.driver);
    jest.spyOn(dataSource.driver, 'createQueryRunner').mockImplementation((mode) => {
      const runner = createQueryRunner(mode);
      const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
      runner.query = ((sql: string, ...rest: unknown[]) => {
        sent.push(sql);
        return query(sql, ...rest);
      }) as typeof runner.query;
      return runner;
    });
    db = new DatabaseTransactions(dataSource);
    store = new TypeOrmInstanceStore(db);
    runtime = new WorkflowRuntime({
      registry: new WorkflowRegistry([ticketDefinitionV1]),
      store,
      validator: inlineSchemaValidator(),
      clock: new ManualClock(new Date('2026-12-01T08:00:00Z')),
    });
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await dataSource.destroy();
    await testDb.drop();
  });

  /** Runs `steps` queued behind a unit that holds the only group open, so they share the next commit. */
  async function inOneGroup<T>(steps: Array<() => Promise<T>>): Promise<PromiseSettledResult<T>[]> {
    db.openGroupLimit = 1;
    let release!: () => void;
    const holding = db.run(() => new Promise<void>((resolve) => (release = resolve)));
    const settled = Promise.allSettled(steps.map((step) => step()));
    await new Promise((resolve) => setTimeout(resolve, 20));
    sent.length = 0;
    release();
    await holding;
    return settled;
  }

  // Statements travel several to a round trip (HeldStatements); each is counted.
  const statements = (pattern: RegExp) => sent.flatMap((trip) => trip.split(';\n')).filter((sql) => pattern.test(sql)).length;
  const openTickets = (count: number) =>
    Promise.all(
      Array.from({ length: count }, (_, i) =>
        runtime.start({ workflow: 'ticket', data: { subject: `lamp ${i}` }, actor: alice }),
      ),
    );

  it('writes every step of the group in one statement per table, each instance whole', async () => {
    const tickets = await openTickets(16);
    const outcomes = await inOneGroup(
      tickets.map(
        (t) => () => runtime.send({ instanceId: t.id, type: 'COMMENT', data: { text: 'seen' }, actor: alice }),
      ),
    );

    expect(outcomes.every((o) => o.status === 'fulfilled')).toBe(true);
    // The group locks its 16 instances in one statement before its steps run, and opens its transaction with it.
    expect(statements(/^SELECT .* FOR UPDATE$/)).toBe(1);
    expect(sent.find((trip) => /FOR UPDATE/.test(trip))).toMatch(
      /^START TRANSACTION;\nSELECT .* IN \((?:'[^']+'(?:, )?){16}\) ORDER BY .* FOR UPDATE$/s,
    );
    expect(statements(/^INSERT INTO `workflow_instances`/)).toBe(1);
    expect(statements(/^UPDATE `workflow_instances`/)).toBe(0);
    expect(statements(/^INSERT INTO `audit_entries`/)).toBe(1);
    // The locks, the rows with the COMMIT, and the holding unit's commit.
    expect(sent).toHaveLength(3);
    expect(sent.filter((trip) => /^START TRANSACTION$|^COMMIT$/.test(trip))).toEqual([]);
    for (const ticket of tickets) {
      expect((await runtime.get(ticket.id, alice)).revision).toBe(2);
      expect((await runtime.history(ticket.id, alice)).map((entry) => entry.event)).toEqual(['start', 'COMMENT']);
    }
  });

  it('holds the timers and notices of the steps too, and each step still replaces its own timer', async () => {
    const tickets = await openTickets(8);
    const outcomes = await inOneGroup(
      tickets.map(
        (t) => () => runtime.send({ instanceId: t.id, type: 'ASSIGN', data: { assignee: 'vera' }, actor: sam }),
      ),
    );

    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    expect(statements(/^INSERT INTO `timers`/)).toBe(1);
    expect(statements(/^INSERT INTO `outbox_messages`/)).toBe(1);
    expect(statements(/^INSERT INTO `workflow_instances`/)).toBe(1);
    const pending = (await store.listPendingTimers({ limit: 1000 })).filter((timer) =>
      tickets.some((t) => t.id === timer.instanceId),
    );
    expect(pending.map((timer) => timer.name).sort()).toEqual(Array(8).fill('sla'));
  });

  it('lets a later step of the same instance in the group start from the one before, and a refused one change nothing', async () => {
    const ticket = await runtime.start({ workflow: 'ticket', data: { subject: 'bench' }, actor: alice });
    const outcomes = await inOneGroup([
      () => runtime.send({ instanceId: ticket.id, type: 'COMMENT', data: { text: 'one' }, actor: alice }),
      () => runtime.send({ instanceId: ticket.id, type: 'NO_SUCH_EVENT', data: {}, actor: alice }),
      () => runtime.send({ instanceId: ticket.id, type: 'COMMENT', data: { text: 'two' }, actor: alice }),
    ]);

    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await runtime.history(ticket.id, alice)).map((entry) => entry.revision)).toEqual([1, 2, 3]);
    expect(db.stats.groupsRunAlone).toBe(0);
  });

  it('answers reads of instances and notices by id asked together with one statement, each caller its own record', async () => {
    const tickets = await openTickets(6);
    const ids = [...tickets.map((t) => t.id), tickets[0].id, '01KAAAAAAAAAAAAAAAAAAAAAAA'];
    sent.length = 0;

    const found = await Promise.all(ids.map((id) => store.findInstance(id)));
    const notices = await Promise.all(ids.map((id) => store.findOutbox(id)));

    expect(found.map((instance) => instance?.id ?? null)).toEqual([...ids.slice(0, 7), null]);
    expect(found[6]).toEqual(found[0]);
    expect(found[6]).not.toBe(found[0]);
    expect(notices).toEqual(Array(8).fill(null));
    // The first read of each table goes alone; the ones asked while it was on its way share the next.
    expect(statements(/^SELECT .* FROM `workflow_instances` WHERE `id` IN \(/)).toBe(2);
    expect(statements(/^SELECT .* FROM `outbox_messages` WHERE `id` IN \(/)).toBe(2);
    expect(statements(/WHERE `id` = \?/)).toBe(0);
  });
});
