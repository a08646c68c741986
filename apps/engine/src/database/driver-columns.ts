import { type ColumnType, DataSource, type DataSourceOptions } from 'typeorm';

import { fitPooledConnections } from './connection-pool';

/** What a column is on MariaDB where it differs from the portable declaration SQLite also takes. */
interface MariaDbColumn {
  /** `longtext`/`longblob` where a document or a file can pass TEXT's and BLOB's 64 KB (SQLite's have no limit). */
  type?: ColumnType;
  /** `utf8mb4_bin` where the value is compared byte for byte (a normalized name, a code people type). */
  collation?: string;
}

/** By entity class, then property name. */
const mariaDbColumns = new Map<object, Map<string, MariaDbColumn>>();

/**
 * Declares how a column is spelled on MariaDB, beside its portable `@Column`: TypeORM takes one column
 * type for every driver, and SQLite refuses MariaDB's `longtext` or `utf8mb4_bin`.
 */
export function OnMariaDb(column: MariaDbColumn): PropertyDecorator {
  return (target, property) => {
    const columns = mariaDbColumns.get(target.constructor) ?? new Map<string, MariaDbColumn>();
    columns.set(String(property), column);
    mariaDbColumns.set(target.constructor, columns);
  };
}

/**
 * Makes the entities' metadata the schema the migrations build on this driver: MariaDB's own spellings, and
 * on SQLite a `datetime` without precision (SQLite keeps the text as given; the milliseconds are in it).
 */
export function fitColumnsToDriver(dataSource: DataSource): DataSource {
  const sqlite = dataSource.options.type === 'better-sqlite3';
  for (const entity of dataSource.entityMetadatas) {
    for (const column of entity.columns) {
      if (sqlite && column.type === 'datetime') column.precision = undefined;
      const mariaDb = sqlite ? undefined : mariaDbColumns.get(entity.target as object)?.get(column.propertyName);
      if (mariaDb?.type) column.type = mariaDb.type;
      if (mariaDb?.collation) column.collation = mariaDb.collation;
    }
  }
  return dataSource;
}

/** A connected data source whose entity metadata fits its driver, and whose pooled connections fit the engine. */
export async function openDataSource(options: DataSourceOptions): Promise<DataSource> {
  return fitPooledConnections(fitColumnsToDriver(await new DataSource(options).initialize()));
}
