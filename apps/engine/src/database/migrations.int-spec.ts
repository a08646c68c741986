import { DataSource } from 'typeorm';

import { dataSourceOptions } from '@engine/database/data-source-options';
import { fitColumnsToDriver } from '@engine/database/driver-columns';
import { runMigrationsLocked } from '@engine/database/migration-lock';
import { describeSchema } from '@engine/database/schema-description';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '@engine/testing/test-database';

const unmigrated = (testDb: TestDatabase) =>
  new DataSource({ ...dataSourceOptions(testDb.database), migrationsRun: false }).initialize();

/**
 * What the migrated database holds and a database built straight from the entities does not, and the other way
 * round: every table, column (its exact type, nullability, default, collation), index and unique constraint by
 * name. Both are read back the same way, so a difference is a real one: `datetime` against `datetime(3)`,
 * `text` against `longtext`, `uq_funds_code` against a generated name.
 */
async function schemaDifferences(migrated: DataSource, fromEntities: DataSource): Promise<string[]> {
  const [built, declared] = await Promise.all([describeSchema(migrated), describeSchema(fromEntities)]);
  return [
    ...built.filter((line) => !declared.includes(line)).map((line) => `migrations only: ${line}`),
    ...declared.filter((line) => !built.includes(line)).map((line) => `entities only: ${line}`),
  ];
}

describe.each(TEST_DRIVERS)('migrations on %s', (driver) => {
  let testDb: TestDatabase;
  let entitiesDb: TestDatabase;
  const open: DataSource[] = [];
  const connect = async () => {
    const dataSource = await unmigrated(testDb);
    open.push(dataSource);
    return dataSource;
  };

  /** A second, empty database given the entities' schema by TypeORM itself. */
  const fromEntities = async (fit = true) => {
    const dataSource = await unmigrated(entitiesDb);
    open.push(dataSource);
    if (fit) fitColumnsToDriver(dataSource);
    await dataSource.synchronize();
    return dataSource;
  };

  beforeEach(async () => {
    [testDb, entitiesDb] = await Promise.all([openTestDatabase(driver), openTestDatabase(driver)]);
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((dataSource) => dataSource.destroy()));
    await Promise.all([testDb.drop(), entitiesDb.drop()]);
  });

  it("produce exactly the entities' schema: tables, column types, nullability, defaults, indexes and unique names", async () => {
    const dataSource = await connect();
    await runMigrationsLocked(dataSource);
    expect(await schemaDifferences(dataSource, await fromEntities())).toEqual([]);
  });

  it('tell a column type the entities spell otherwise', async () => {
    const dataSource = await connect();
    await runMigrationsLocked(dataSource);
    // Without the driver's own spellings (SQLite's datetime, MariaDB's longtext) the schemas differ.
    const differences = await schemaDifferences(dataSource, await fromEntities(false));
    expect(differences).toContainEqual(
      driver === 'sqlite'
        ? 'entities only: column workflow_instances.created_at datetime(3) NOT NULL'
        : 'entities only: column workflow_instances.snapshot text NOT NULL',
    );
  });

  it('are applied once when three processes start together; the others wait, then find nothing to do', async () => {
    const processes = await Promise.all([connect(), connect(), connect()]);
    const applied = await Promise.all(processes.map((dataSource) => runMigrationsLocked(dataSource)));
    const counts = applied.map((migrations) => migrations.length).sort((a, b) => b - a);
    expect(counts).toEqual([processes[0].migrations.length, 0, 0]);
    expect(await schemaDifferences(processes[0], await fromEntities())).toEqual([]);
  });
});
