import { DataSource } from 'typeorm';

import { dataSourceOptions } from '@engine/database/data-source-options';
import { runMigrationsLocked } from '@engine/database/migration-lock';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '@engine/testing/test-database';

const unmigrated = (testDb: TestDatabase) =>
  new DataSource({ ...dataSourceOptions(testDb.database), migrationsRun: false }).initialize();

/**
 * What the entities declare and the migrated database lacks, or holds beyond them. Column types are left to
 * each driver's migrations: TypeORM's own schema diff also reports spellings the database treats alike
 * (SQLite's `datetime` against `datetime(3)`), which would rebuild every table.
 */
async function schemaDifferences(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    // Tables of other schemas (MariaDB's information_schema…) come qualified by their schema's name.
    const tables = new Map(
      (await runner.getTables()).filter((table) => !table.name.includes('.')).map((table) => [table.name, table]),
    );
    const differences: string[] = [];
    const declared = new Set<string>();
    for (const entity of dataSource.entityMetadatas) {
      declared.add(entity.tableName);
      const table = tables.get(entity.tableName);
      if (!table) {
        differences.push(`table ${entity.tableName} is missing`);
        continue;
      }
      const columns = new Map(table.columns.map((column) => [column.name, column]));
      for (const column of entity.columns) {
        const found = columns.get(column.databaseName);
        if (!found) differences.push(`column ${entity.tableName}.${column.databaseName} is missing`);
        else if (found.isNullable !== column.isNullable) {
          differences.push(
            `column ${entity.tableName}.${column.databaseName} is ${found.isNullable ? '' : 'NOT '}NULL`,
          );
        }
        columns.delete(column.databaseName);
      }
      for (const extra of columns.keys())
        differences.push(`column ${entity.tableName}.${extra} has no entity property`);
      const primary = table.columns
        .filter((column) => column.isPrimary)
        .map((column) => column.name)
        .sort();
      const declaredPrimary = entity.primaryColumns.map((column) => column.databaseName).sort();
      if (primary.join() !== declaredPrimary.join())
        differences.push(`${entity.tableName} primary key is (${primary})`);
      for (const index of entity.indices.filter((each) => each.givenName)) {
        const found = table.indices.find((each) => each.name === index.name);
        const columnsOf = index.columns.map((column) => column.databaseName).join();
        if (!found) differences.push(`index ${index.name} on ${entity.tableName} is missing`);
        else if (found.columnNames.join() !== columnsOf || Boolean(found.isUnique) !== index.isUnique) {
          differences.push(`index ${index.name} is (${found.columnNames})${found.isUnique ? ' unique' : ''}`);
        }
      }
    }
    const bookkeeping = new Set([
      dataSource.options.migrationsTableName ?? 'migrations',
      'typeorm_metadata',
      'sqlite_sequence',
    ]);
    for (const name of tables.keys()) {
      if (!declared.has(name) && !bookkeeping.has(name)) differences.push(`table ${name} has no entity`);
    }
    return differences;
  } finally {
    await runner.release();
  }
}

describe.each(TEST_DRIVERS)('migrations on %s', (driver) => {
  let testDb: TestDatabase;
  const open: DataSource[] = [];
  const connect = async () => {
    const dataSource = await unmigrated(testDb);
    open.push(dataSource);
    return dataSource;
  };

  beforeEach(async () => {
    testDb = await openTestDatabase(driver);
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((dataSource) => dataSource.destroy()));
    await testDb.drop();
  });

  it("produce the entities' schema: every table, column, nullability and named index, and no more", async () => {
    const dataSource = await connect();
    await runMigrationsLocked(dataSource);
    expect(await schemaDifferences(dataSource)).toEqual([]);
  });

  it('are applied once when three processes start together; the others wait, then find nothing to do', async () => {
    const processes = await Promise.all([connect(), connect(), connect()]);
    const applied = await Promise.all(processes.map((dataSource) => runMigrationsLocked(dataSource)));
    const counts = applied.map((migrations) => migrations.length).sort((a, b) => b - a);
    expect(counts).toEqual([processes[0].migrations.length, 0, 0]);
    expect(await schemaDifferences(processes[0])).toEqual([]);
  });
});
