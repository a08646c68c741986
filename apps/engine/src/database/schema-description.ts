import type { DataSource } from 'typeorm';

/**
 * A database's schema as plain lines, one per table, column, index and unique constraint, each with
 * everything the database records about it (type with length and precision, nullability, default, key,
 * name). Two databases with the same lines have the same schema.
 */
export async function describeSchema(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    const bookkeeping = new Set([
      dataSource.options.migrationsTableName ?? 'migrations',
      'typeorm_metadata',
      'sqlite_sequence',
    ]);
    // On MariaDB, name this database's tables: asked for every table, TypeORM reads the whole server's
    // catalogue, and a database another process drops meanwhile makes it fail.
    const onMariaDb = dataSource.options.type === 'mysql' || dataSource.options.type === 'mariadb';
    const names = onMariaDb
      ? (
          (await runner.query(
            'SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()',
          )) as Array<{ name: string }>
        ).map(({ name }) => name)
      : undefined;
    // Tables of other schemas (MariaDB's information_schema…) come qualified by their schema's name.
    const tables = (await runner.getTables(names)).filter(
      (table) => !table.name.includes('.') && !bookkeeping.has(table.name),
    );
    return tables
      .flatMap((table) => [
        `table ${table.name}`,
        ...table.columns.map((column) =>
          [
            `column ${table.name}.${column.name}`,
            column.type +
              (column.length ? `(${column.length})` : '') +
              (column.precision != null ? `(${column.precision})` : ''),
            column.isNullable ? 'NULL' : 'NOT NULL',
            column.default !== undefined && column.default !== null ? `DEFAULT ${column.default}` : '',
            column.isPrimary ? 'PRIMARY' : '',
            column.isUnique ? 'UNIQUE' : '',
            column.unsigned ? 'UNSIGNED' : '',
            column.charset ? `CHARSET ${column.charset}` : '',
            column.collation ? `COLLATE ${column.collation}` : '',
          ]
            .filter(Boolean)
            .join(' '),
        ),
        ...table.indices.map(
          (index) =>
            `index ${table.name}.${index.name} (${index.columnNames.join(', ')})${index.isUnique ? ' UNIQUE' : ''}`,
        ),
        ...table.uniques.map((unique) => `unique ${table.name}.${unique.name} (${unique.columnNames.join(', ')})`),
      ])
      .sort();
  } finally {
    await runner.release();
  }
}
