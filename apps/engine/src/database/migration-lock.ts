import type { DataSource, Migration } from 'typeorm';

/** How long a process waits for another one's migrations before it gives up starting. */
export const MIGRATION_LOCK_WAIT_MS = 5 * 60_000;
const POLL_MS = 100;

/**
 * Applies pending migrations while holding the database's migration lock, so processes starting together
 * (a rolling deploy, `npm run db:migrate` beside a starting engine) apply each migration once: the first
 * migrates, the others wait, then find nothing left to do. MariaDB: a named lock (GET_LOCK) per database,
 * released when its connection ends, even if the process dies. SQLite: an EXCLUSIVE transaction on a
 * lock file beside the database, released by the operating system when the process dies.
 */
export async function runMigrationsLocked(
  dataSource: DataSource,
  options: { transaction?: 'all' | 'each' | 'none'; waitMs?: number } = {},
): Promise<Migration[]> {
  const { transaction = 'all', waitMs = MIGRATION_LOCK_WAIT_MS } = options;
  const release =
    dataSource.options.type === 'mysql' ? await lockMysql(dataSource, waitMs) : await lockSqlite(dataSource, waitMs);
  try {
    return await dataSource.runMigrations({ transaction });
  } finally {
    await release();
  }
}

// Lock names are server-wide and at most 64 characters: one per database, whatever its name's length.
const MYSQL_LOCK = "CONCAT('yilin_migrations_', LEFT(SHA1(DATABASE()), 40))";

async function lockMysql(dataSource: DataSource, waitMs: number): Promise<() => Promise<void>> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const [{ acquired }] = await runner.query(`SELECT GET_LOCK(${MYSQL_LOCK}, ?) AS acquired`, [
    Math.ceil(waitMs / 1000),
  ]);
  if (Number(acquired) !== 1) {
    await runner.release();
    throw new Error(`Another process held the migration lock for ${Math.round(waitMs / 1000)} s; not starting`);
  }
  return async () => {
    try {
      await runner.query(`SELECT RELEASE_LOCK(${MYSQL_LOCK})`);
    } finally {
      await runner.release();
    }
  };
}

/** The better-sqlite3 module TypeORM's driver loaded (it ships no types: the two calls used here). */
type SqliteLibrary = new (file: string, options: { timeout: number }) => { exec(sql: string): void; close(): void };
const sqliteLibrary = (dataSource: DataSource) => (dataSource.driver as unknown as { sqlite: SqliteLibrary }).sqlite;

async function lockSqlite(dataSource: DataSource, waitMs: number): Promise<() => Promise<void>> {
  const file = String(dataSource.options.database);
  if (file === ':memory:') return async () => undefined;
  const lock = new (sqliteLibrary(dataSource))(`${file}.migration-lock`, { timeout: 0 });
  const deadline = Date.now() + waitMs;
  // Polled rather than waited on inside SQLite, whose wait would hold this process's event loop.
  for (;;) {
    try {
      lock.exec('BEGIN EXCLUSIVE');
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) {
        lock.close();
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  return async () => {
    lock.exec('COMMIT');
    lock.close();
  };
}
