import { DataSource, type EntityManager } from 'typeorm';

import { dataSourceOptions } from '@engine/database/data-source-options';
import { addStateDurations, timeInStateOf } from '@engine/insights/state-durations';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '@engine/testing/test-database';
import { ulid } from '@yilin/runtime';

import { countsByState, moveStateCounts, slotOf } from './state-counts';

describe.each(TEST_DRIVERS)('read models moved by a batch of steps, on %s', (driver) => {
  let testDb: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    testDb = await openTestDatabase(driver);
    dataSource = await new DataSource(dataSourceOptions(testDb.database)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await testDb.drop();
  });

  /** Runs `work` in a transaction and returns the statements it sent to the read models' tables. */
  async function statementsOf(work: (m: EntityManager) => Promise<void>): Promise<string[]> {
    const sent: string[] = [];
    await dataSource.transaction(async (m) => {
      const runner = m.queryRunner;
      if (!runner) throw new Error('a transaction has its query runner');
      const query = runner.query;
      runner.query = ((sql: string, ...rest: unknown[]) => {
        if (/state_counts|state_durations/.test(sql)) sent.push(sql);
        return (query as (...args: unknown[]) => Promise<unknown>).call(runner, sql, ...rest);
      }) as typeof runner.query;
      try {
        await work(m);
      } finally {
        runner.query = query;
      }
    });
    return sent;
  }
  const place = (workflow: string, state: string) => ({ workflow, state, status: 'active' });
  const counts = async (workflow: string) =>
    Object.fromEntries(
      (await countsByState(dataSource.manager, workflow)).map((row) => [row.state, Number(row.count)]),
    );

  it('moves the counts of many instances with one statement per counter row', async () => {
    const ids = Array.from({ length: 40 }, () => ulid());
    await moveStateCounts(
      dataSource.manager,
      ids.map((instanceId) => ({ instanceId, from: null, to: place('batch', 'open') })),
    );
    const moved = ids.slice(0, 30);
    const rows = new Set(moved.map((id) => slotOf(id))).size * 2;

    const sent = await statementsOf((m) =>
      moveStateCounts(
        m,
        moved.map((instanceId) => ({ instanceId, from: place('batch', 'open'), to: place('batch', 'assigned') })),
      ),
    );

    expect(await counts('batch')).toEqual({ open: 10, assigned: 30 });
    // Each counter row existed or is created: an update, and an insert the first time.
    expect(sent.filter((sql) => /^UPDATE/.test(sql))).toHaveLength(rows);
    expect(sent.length).toBeLessThanOrEqual(2 * rows);
    expect(rows).toBeLessThan(2 * moved.length);
  });

  it('leaves a counter alone when the batch moves as many into it as out of it', async () => {
    const leaving = ulid();
    let arriving = ulid();
    while (slotOf(arriving) !== slotOf(leaving)) arriving = ulid();
    await moveStateCounts(dataSource.manager, [{ instanceId: leaving, from: null, to: place('even', 'open') }]);

    const sent = await statementsOf((m) =>
      moveStateCounts(m, [
        { instanceId: leaving, from: place('even', 'open'), to: place('even', 'closed') },
        { instanceId: arriving, from: null, to: place('even', 'open') },
      ]),
    );

    expect(await counts('even')).toEqual({ open: 1, closed: 1 });
    // Only the closed counter moved: its update, and its insert the first time.
    expect(sent.filter((sql) => /^UPDATE/.test(sql))).toHaveLength(1);
    expect(sent.length).toBeLessThanOrEqual(2);
  });

  it('adds many stays with one statement per figures row, as adding them one by one would', async () => {
    const stays = Array.from({ length: 24 }, (_, i) => ({ instanceId: ulid(), ms: (i + 1) * 1000 }));
    const sent = await statementsOf((m) =>
      addStateDurations(
        m,
        stays.map(({ instanceId, ms }) => ({ instanceId, place: { workflow: 'together', state: 'open' }, ms })),
      ),
    );
    for (const { instanceId, ms } of stays) {
      await dataSource.transaction((m) =>
        addStateDurations(m, [{ instanceId, place: { workflow: 'alone', state: 'open' }, ms }]),
      );
    }

    const expected = [{ state: 'open', visits: 24, averageMs: 12_500, longestMs: 24_000 }];
    expect(await timeInStateOf(dataSource.manager, 'together')).toEqual(expected);
    expect(await timeInStateOf(dataSource.manager, 'alone')).toEqual(expected);
    expect(sent.filter((sql) => /^UPDATE/.test(sql))).toHaveLength(
      new Set(stays.map(({ instanceId }) => slotOf(instanceId))).size,
    );
  });
});
