import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createConnection } from 'mysql2/promise';

import { ulid } from '@yilin/runtime';
import type { EngineConfig } from '@engine/config/engine-config';

import { runLoad } from '../measure.util';

const SNAPSHOT_BYTES = 1024;

// better-sqlite3 ships no types; the few calls used here.
interface SqliteStatement {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): unknown;
}
interface SqliteDatabase {
  pragma(sql: string): unknown;
  exec(sql: string): void;
  prepare(sql: string): SqliteStatement;
  transaction<A extends unknown[]>(fn: (...args: A) => void): { immediate(...args: A): void };
  close(): void;
}
const Database = require('better-sqlite3') as new (file: string) => SqliteDatabase;

/** A ~1 KB JSON document standing for an instance's persisted snapshot, a little different each time. */
function snapshotOf(revision: number): string {
  const filler = '居民反映路灯不亮'.repeat(Math.ceil(SNAPSHOT_BYTES / 24));
  return JSON.stringify({ status: 'active', value: { live: 'open' }, context: { revision, note: filler } }).slice(0, SNAPSHOT_BYTES);
}

/**
 * What the database alone can do with the shape of one transition, written by hand with no engine in
 * between: lock the instance row, update its ~1 KB snapshot, insert an audit row, commit durably. One
 * connection per instance, prepared statements, the isolation level set once per connection.
 */
export async function dbTransitionLimit(database: EngineConfig['database'], workers: number, durationMs: number) {
  return database.driver === 'mysql'
    ? mariadbLimit(database.url, workers, durationMs)
    : sqliteLimit(workers, durationMs);
}

async function mariadbLimit(url: string, workers: number, durationMs: number) {
  const uri = url.replace(/^mariadb:/, 'mysql:');
  const admin = await createConnection({ uri });
  await admin.query('CREATE TABLE bench_limit_instances (id VARCHAR(26) PRIMARY KEY, snapshot TEXT NOT NULL, revision INT NOT NULL)');
  await admin.query(
    'CREATE TABLE bench_limit_audit (id VARCHAR(26) PRIMARY KEY, instance_id VARCHAR(26) NOT NULL, revision INT NOT NULL, ' +
      'data TEXT NOT NULL, at DATETIME(3) NOT NULL, UNIQUE KEY uq_bench_limit_audit (instance_id, revision))',
  );
  const ids = Array.from({ length: workers }, () => ulid());
  await admin.query('INSERT INTO bench_limit_instances (id, snapshot, revision) VALUES ?', [ids.map((id) => [id, snapshotOf(0), 0])]);
  const connections = await Promise.all(ids.map(() => createConnection({ uri, timezone: 'Z' })));
  try {
    await Promise.all(connections.map((c) => c.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED')));
    const data = JSON.stringify({ text: '居民反映路灯不亮，已登记。' });
    return await runLoad(workers, durationMs, async (worker) => {
      const connection = connections[worker];
      const id = ids[worker];
      await connection.query('BEGIN');
      const [rows] = await connection.execute('SELECT id, snapshot, revision FROM bench_limit_instances WHERE id = ? FOR UPDATE', [id]);
      const revision = (rows as Array<{ revision: number }>)[0].revision;
      await connection.execute('UPDATE bench_limit_instances SET snapshot = ?, revision = ? WHERE id = ? AND revision = ?', [
        snapshotOf(revision + 1), revision + 1, id, revision,
      ]);
      await connection.execute('INSERT INTO bench_limit_audit (id, instance_id, revision, data, at) VALUES (?, ?, ?, ?, ?)', [
        ulid(), id, revision + 1, data, new Date(),
      ]);
      await connection.query('COMMIT');
    });
  } finally {
    await Promise.all(connections.map((c) => c.end()));
    await admin.query('DROP TABLE bench_limit_audit');
    await admin.query('DROP TABLE bench_limit_instances');
    await admin.end();
  }
}

/** On SQLite: the engine's own pragmas, one durable commit per transaction (no group commit). */
async function sqliteLimit(workers: number, durationMs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'yilin-bench-limit-'));
  const db = new Database(join(dir, 'limit.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE instances (id TEXT PRIMARY KEY, snapshot TEXT NOT NULL, revision INTEGER NOT NULL)');
    db.exec('CREATE TABLE audit (id TEXT PRIMARY KEY, instance_id TEXT NOT NULL, revision INTEGER NOT NULL, data TEXT NOT NULL, at TEXT NOT NULL, UNIQUE (instance_id, revision))');
    const ids = Array.from({ length: workers }, () => ulid());
    const insert = db.prepare('INSERT INTO instances (id, snapshot, revision) VALUES (?, ?, 0)');
    ids.forEach((id) => insert.run(id, snapshotOf(0)));
    const lock = db.prepare('SELECT id, snapshot, revision FROM instances WHERE id = ?');
    const update = db.prepare('UPDATE instances SET snapshot = ?, revision = ? WHERE id = ? AND revision = ?');
    const audit = db.prepare('INSERT INTO audit (id, instance_id, revision, data, at) VALUES (?, ?, ?, ?, ?)');
    const data = JSON.stringify({ text: '居民反映路灯不亮，已登记。' });
    const step = db.transaction((id: string) => {
      const { revision } = lock.get(id) as { revision: number };
      update.run(snapshotOf(revision + 1), revision + 1, id, revision);
      audit.run(ulid(), id, revision + 1, data, new Date().toISOString());
    });
    // better-sqlite3 is synchronous; yielding between steps lets the workers take turns as the engine's do.
    return await runLoad(workers, durationMs, async (worker) => {
      step.immediate(ids[worker]);
      await new Promise((resolve) => setImmediate(resolve));
    });
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
