import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type EngineConfig, loadEngineConfig } from '@engine/config/engine-config';
import { openTestDatabase, type TestDatabase } from '@engine/testing/test-database';

export interface EngineStack {
  name: string;
  /** A fresh configuration on its own empty database (and its own Redis key prefix). */
  open(): Promise<{ config: EngineConfig; database: TestDatabase }>;
}

const sqliteInProcess: EngineStack = {
  name: 'SQLite + in-process queue',
  async open() {
    const database = await openTestDatabase('sqlite');
    return { database, config: testConfig(database) };
  },
};

const mariadbBull: EngineStack = {
  name: 'MariaDB + Bull on Redis',
  async open() {
    const database = await openTestDatabase('mysql');
    return { database, config: testConfig(database, process.env.REDIS_URL) };
  },
};

/** SQLite with the in-process queue always; MariaDB with Bull too when DATABASE_URL and REDIS_URL are set. */
export const ENGINE_STACKS: EngineStack[] =
  process.env.DATABASE_URL && process.env.REDIS_URL ? [sqliteInProcess, mariadbBull] : [sqliteInProcess];

function testConfig(database: TestDatabase, redisUrl?: string): EngineConfig {
  const dataDir = mkdtempSync(join(tmpdir(), 'yilin-e2e-'));
  const config = loadEngineConfig({
    DATA_DIR: dataDir,
    JWT_SECRET: randomBytes(16).toString('hex'),
    SEED_DEMO: 'true',
    SEED_DEMO_DATA: 'false',
    LOG_LEVEL: 'silent',
    OUTBOX_BACKOFF_MS: '20',
    // Scenario tests sign in and report often from one address; protection tests set their own limit.
    RATE_LIMIT_PER_MINUTE: '100000',
    WEB_DIST: join(dataDir, 'no-web-build'),
    QUEUE_PREFIX: `yilin-test-${randomBytes(4).toString('hex')}`,
  });
  return { ...config, database: database.database, redisUrl: redisUrl ?? null };
}
