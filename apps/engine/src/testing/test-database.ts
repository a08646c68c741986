import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createConnection } from 'mysql2/promise';

import type { EngineConfig } from '@engine/config/engine-config';
import { readVariable } from '@engine/config/environment';

export interface TestDatabase {
  name: 'SQLite' | 'MariaDB';
  database: EngineConfig['database'];
  drop(): Promise<void>;
}

/** A fresh, empty SQLite file in a temporary folder. */
export function sqliteTestDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'yilin-test-'));
  return {
    name: 'SQLite',
    database: { driver: 'sqlite', file: join(dir, 'test.sqlite') },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A fresh database on the MariaDB server DATABASE_URL points at, so test files running in parallel never
 * share tables. Undefined when DATABASE_URL is not set.
 */
export async function mariadbTestDatabase(): Promise<TestDatabase | undefined> {
  const serverUrl = readVariable(process.env, 'DATABASE_URL');
  if (!serverUrl) return undefined;
  const url = new URL(serverUrl.replace(/^mariadb:/, 'mysql:'));
  const name = `yilin_t_${randomBytes(6).toString('hex')}`;
  const admin = await createConnection({ uri: url.toString() });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  url.pathname = `/${name}`;
  return {
    name: 'MariaDB',
    database: { driver: 'mysql', url: url.toString() },
    drop: async () => {
      const connection = await createConnection({ uri: serverUrl.replace(/^mariadb:/, 'mysql:') });
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
    },
  };
}

/** SQLite always; MariaDB too when DATABASE_URL is set (as in CI). */
export async function testDatabases(): Promise<TestDatabase[]> {
  const mariadb = await mariadbTestDatabase();
  return [sqliteTestDatabase(), ...(mariadb ? [mariadb] : [])];
}

/** The drivers a suite should cover, known synchronously so `describe` blocks can be generated. */
export const TEST_DRIVERS: Array<'sqlite' | 'mysql'> = readVariable(process.env, 'DATABASE_URL')
  ? ['sqlite', 'mysql']
  : ['sqlite'];

export async function openTestDatabase(driver: 'sqlite' | 'mysql'): Promise<TestDatabase> {
  if (driver === 'sqlite') return sqliteTestDatabase();
  const mariadb = await mariadbTestDatabase();
  if (!mariadb) throw new Error('DATABASE_URL is not set');
  return mariadb;
}
