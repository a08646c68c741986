import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

const MAX_BOUND_VALUES = 5000;

/**
 * Plain SQL for an entity's table on the hot path, with values converted exactly as TypeORM converts
 * them (transformers, dates per driver), so rows written here read back through entities unchanged and
 * the other way round. Statements are built once per shape; a transition then costs the driver's round
 * trips and little else, instead of TypeORM's query building, which was a third of it.
 */
export class RawTable<E extends ObjectLiteral> {
  private readonly columns: ColumnMetadata[];
  private readonly byProperty: Map<string, ColumnMetadata>;
  private readonly statements = new Map<string, string>();
  readonly name: string;

  constructor(private readonly dataSource: DataSource, entity: EntityTarget<E>) {
    const metadata = dataSource.getMetadata(entity);
    this.name = this.quote(metadata.tableName);
    this.columns = metadata.columns;
    this.byProperty = new Map(this.columns.map((column) => [column.propertyName, column]));
  }

  /** The row of `key = value`, or null; `forUpdate` locks it where the database has row locks. */
  async findOne(m: EntityManager, key: keyof E & string, value: unknown, forUpdate = false): Promise<E | null> {
    const lock = forUpdate && this.dataSource.options.type === 'mysql';
    const sql = this.statement(`one:${key}:${lock}`, () =>
      `SELECT ${this.columns.map((c) => this.quote(c.databaseName)).join(', ')} FROM ${this.name} ` +
      `WHERE ${this.column(key)} = ?${lock ? ' FOR UPDATE' : ''}`,
    );
    const rows = (await m.query(sql, [value])) as Array<Record<string, unknown>>;
    return rows.length ? this.hydrate(rows[0]) : null;
  }

  /** The rows whose `key` is one of `values`, in `key` order; `forUpdate` locks them in that order. */
  async findIn(m: EntityManager, key: keyof E & string, values: readonly unknown[], forUpdate = false): Promise<E[]> {
    if (!values.length) return [];
    const lock = forUpdate && this.dataSource.options.type === 'mysql';
    const sql =
      `SELECT ${this.columns.map((c) => this.quote(c.databaseName)).join(', ')} FROM ${this.name} ` +
      `WHERE ${this.column(key)} IN (${values.map(() => '?').join(', ')}) ORDER BY ${this.column(key)}${lock ? ' FOR UPDATE' : ''}`;
    const rows = (await m.query(sql, values.map((value) => this.persisted(key, value)))) as Array<Record<string, unknown>>;
    return rows.map((row) => this.hydrate(row));
  }

  /** Sets the fields of `change` on every row whose `key` is one of `values`. */
  async updateIn(m: EntityManager, key: keyof E & string, values: readonly unknown[], change: Partial<E>): Promise<void> {
    if (!values.length) return;
    const set = this.present(change);
    const sql =
      `UPDATE ${this.name} SET ${set.map((p) => `${this.column(p)} = ?`).join(', ')} ` +
      `WHERE ${this.column(key)} IN (${values.map(() => '?').join(', ')})`;
    await m.query(sql, [...set.map((p) => this.persisted(p, change[p])), ...values.map((value) => this.persisted(key, value))]);
  }

  /**
   * Inserts rows, as many per statement as stay well under SQLite's limit on bound values; rows that leave
   * different columns unset (a step without data) go in statements of their own, never as NULLs.
   */
  async insert(m: EntityManager, rows: Array<Partial<E>>): Promise<void> {
    for (const [properties, alike] of this.byShape(rows)) {
      const perStatement = Math.max(1, Math.floor(MAX_BOUND_VALUES / properties.length));
      for (let i = 0; i < alike.length; i += perStatement) await this.insertOnce(m, properties, alike.slice(i, i + perStatement));
    }
  }

  /**
   * Writes whole rows that exist (locked by the caller) in as few statements as possible: an insert that
   * turns into an update of the row's other set columns on the existing `key`; columns a row leaves unset
   * stay as they are.
   */
  async upsert(m: EntityManager, key: keyof E & string, rows: Array<Partial<E>>): Promise<void> {
    const mysql = this.dataSource.options.type === 'mysql';
    for (const [present, alike] of this.byShape(rows)) {
      const others = present.filter((p) => p !== key);
      const onConflict = mysql
        ? ` ON DUPLICATE KEY UPDATE ${others.map((p) => `${this.column(p)} = VALUES(${this.column(p)})`).join(', ')}`
        : ` ON CONFLICT (${this.column(key)}) DO UPDATE SET ${others.map((p) => `${this.column(p)} = excluded.${this.column(p)}`).join(', ')}`;
      const properties = [key, ...others];
      const perStatement = Math.max(1, Math.floor(MAX_BOUND_VALUES / properties.length));
      for (let i = 0; i < alike.length; i += perStatement) {
        await this.insertOnce(m, properties, alike.slice(i, i + perStatement), onConflict);
      }
    }
  }

  /** Rows grouped by the columns they set, in the order each shape first appears. */
  private byShape(rows: Array<Partial<E>>): Map<Array<keyof E & string>, Array<Partial<E>>> {
    const shapes = new Map<string, { properties: Array<keyof E & string>; rows: Array<Partial<E>> }>();
    for (const row of rows) {
      const properties = this.present(row);
      const signature = properties.join();
      let shape = shapes.get(signature);
      if (!shape) shapes.set(signature, (shape = { properties, rows: [] }));
      shape.rows.push(row);
    }
    return new Map([...shapes.values()].map((shape) => [shape.properties, shape.rows]));
  }

  private async insertOnce(m: EntityManager, properties: Array<keyof E & string>, rows: Array<Partial<E>>, suffix = ''): Promise<void> {
    const build = () => {
      const tuple = `(${properties.map(() => '?').join(', ')})`;
      return (
        `INSERT INTO ${this.name} (${properties.map((p) => this.column(p)).join(', ')}) VALUES ` +
        Array.from({ length: rows.length }, () => tuple).join(', ') +
        suffix
      );
    };
    // A transition writes one row or a few; a batch's long statements are not worth keeping.
    const sql = rows.length <= 4 ? this.statement(`insert:${properties.join()}:${rows.length}:${suffix}`, build) : build();
    await m.query(sql, rows.flatMap((row) => properties.map((p) => this.persisted(p, row[p]))));
  }

  /** Updates the fields of `change` where every field of `where` matches; the number of rows changed. */
  async update(m: EntityManager, where: Partial<E>, change: Partial<E>): Promise<number> {
    const set = this.present(change);
    const match = this.present(where);
    const sql = this.statement(`update:${set.join()}:${match.join()}`, () =>
      `UPDATE ${this.name} SET ${set.map((p) => `${this.column(p)} = ?`).join(', ')} ` +
      `WHERE ${match.map((p) => `${this.column(p)} = ?`).join(' AND ')}`,
    );
    const runner = m.queryRunner;
    if (!runner) throw new Error('RawTable.update runs inside a transaction');
    const result = await runner.query(
      sql,
      [...set.map((p) => this.persisted(p, change[p])), ...match.map((p) => this.persisted(p, where[p]))],
      true,
    );
    return Number(result.affected ?? 0);
  }

  private hydrate(raw: Record<string, unknown>): E {
    const entity: Record<string, unknown> = {};
    for (const column of this.columns) {
      entity[column.propertyName] = this.dataSource.driver.prepareHydratedValue(raw[column.databaseName], column);
    }
    return entity as E;
  }

  private persisted(property: string, value: unknown): unknown {
    return this.dataSource.driver.preparePersistentValue(value, this.byProperty.get(property)!);
  }

  /** The properties of `row` that are columns and hold a value. */
  private present(row: Partial<E>): Array<keyof E & string> {
    return Object.keys(row).filter((p) => row[p] !== undefined && this.byProperty.has(p)) as Array<keyof E & string>;
  }

  private column(property: string): string {
    const column = this.byProperty.get(property);
    if (!column) throw new Error(`${this.name} has no column for "${property}"`);
    return this.quote(column.databaseName);
  }

  private quote(name: string): string {
    return this.dataSource.driver.escape(name);
  }

  private statement(key: string, build: () => string): string {
    let sql = this.statements.get(key);
    if (sql === undefined) {
      sql = build();
      this.statements.set(key, sql);
    }
    return sql;
  }
}
