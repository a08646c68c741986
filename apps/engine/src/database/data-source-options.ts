import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

import type { DataSourceOptions } from 'typeorm';

import type { EngineConfig } from '@engine/config/engine-config';

import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * A server that stops answering without closing its connections (frozen, or cut off by the network)
 * would hold each request for the kernel's TCP timeout, many minutes; a statement waiting longer than
 * this fails instead, and the request gets 503. Long enough for any statement of normal work.
 */
export const DEFAULT_QUERY_TIMEOUT_MS = 20_000;

export function dataSourceOptions(database: EngineConfig['database']): DataSourceOptions {
  if (database.driver === 'mysql') {
    return {
      type: 'mysql',
      url: database.url,
      entities: ENTITIES,
      migrations: MIGRATIONS.mysql,
      migrationsRun: true,
      // UTC both ways, so Date values mean the same instant on every process.
      timezone: 'Z',
      charset: 'utf8mb4_unicode_ci',
      poolSize: 24,
      // `trace: false`: no stack captured on every statement in case it fails (a twentieth of a transition);
      // a failed statement's error still names the statement, and TypeORM's error has the caller's stack.
      extra: { connectTimeout: 5000, trace: false },
      // A transaction sends the statements it held back with its next one (HeldStatements). Every value
      // still goes in through placeholders, escaped; no statement is built from what a person typed.
      multipleStatements: true,
      maxQueryExecutionTime: database.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
      enableQueryTimeout: true,
    };
  }
  createOwnerOnly(database.file);
  return {
    type: 'better-sqlite3',
    database: database.file,
    entities: ENTITIES,
    migrations: MIGRATIONS.sqlite,
    migrationsRun: true,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      // FULL: a commit is on disk before the event is acknowledged.
      db.pragma('synchronous = FULL');
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
    },
  };
}

/**
 * The SQLite file (and its folder) readable by the engine's own user only: it holds every application and
 * attachment. SQLite gives its -wal and -shm files the database file's permissions.
 */
function createOwnerOnly(file: string): void {
  if (file === ':memory:') return;
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', 0o600));
  // A file made before this rule, or under a loose umask, is tightened too.
  chmodSync(file, 0o600);
}
