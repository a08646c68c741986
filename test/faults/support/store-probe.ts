import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';

/**
 * Reads (and, for the tests' clock tricks, writes) the engine's tables directly, beside the engine: what
 * the API shows is checked against what is really stored.
 */
export interface StoreProbe {
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
  execute(sql: string, params?: unknown[]): Promise<void>;
}

export function sqliteProbe(file: string): StoreProbe {
  // Opened per call so the probe never holds the file while the engine starts, writes or dies.
  const run = async <T>(sql: string, params: unknown[]): Promise<T> => {
    const source = await new DataSource({ type: 'better-sqlite3', database: file, timeout: 5000 }).initialize();
    try {
      return (await source.query(sql, params)) as T;
    } finally {
      await source.destroy();
    }
  };
  return {
    rows: <T>(sql: string, params: unknown[] = []) => run<T[]>(sql, params),
    execute: async (sql, params = []) => {
      await run<unknown>(sql, params);
    },
  };
}

export function mariadbProbe(url: string): StoreProbe {
  const run = async <T>(sql: string, params: unknown[]): Promise<T> => {
    const connection = await createConnection({ uri: url, timezone: 'Z' });
    try {
      const [result] = await connection.query(sql, params);
      return result as T;
    } finally {
      await connection.end();
    }
  };
  return {
    rows: <T>(sql: string, params: unknown[] = []) => run<T[]>(sql, params),
    execute: async (sql, params = []) => {
      await run<unknown>(sql, params);
    },
  };
}
