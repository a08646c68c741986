import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import type { RuntimeDefinition } from '@yilin/runtime';
import { ticketDefinitionV1 } from '@yilin/runtime/testing';
import { createEngineApp } from '@engine/app/create-engine-app';
import { createExpressEngineApp } from '@engine/app/create-express-engine-app';
import { type EngineConfig, loadEngineConfig } from '@engine/config/engine-config';
import { readVariable } from '@engine/config/environment';
import { openTestDatabase, type TestDatabase } from '@engine/testing/test-database';

export interface BenchStack {
  database: TestDatabase;
  config: EngineConfig;
  /** The engine on this stack, running the bench's ticket workflow (or the definitions given). */
  start(definitions?: RuntimeDefinition[]): Promise<NestFastifyApplication>;
  /** The same engine with its API on Express instead of Fastify (no web app, docs, queue dashboard or uploads). */
  startOnExpress(definitions?: RuntimeDefinition[]): Promise<NestExpressApplication>;
}

/** A fresh database on the driver DATABASE_URL names (SQLite otherwise), and the engine's configuration. */
export async function openBenchStack(): Promise<BenchStack> {
  const database = await openTestDatabase(readVariable(process.env, 'DATABASE_URL') ? 'mysql' : 'sqlite');
  const config: EngineConfig = {
    ...loadEngineConfig({
      ...process.env,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'yilin-bench-')),
      JWT_SECRET: randomBytes(16).toString('hex'),
      SEED_DEMO: 'true',
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '100000',
      QUEUE_PREFIX: `yilin-bench-${randomBytes(3).toString('hex')}`,
    }),
    database: database.database,
  };
  return {
    database,
    config,
    start: async (definitions = [ticketDefinitionV1]) => {
      const app = await createEngineApp(config, { definitions });
      await app.listen(0, '127.0.0.1');
      return app;
    },
    startOnExpress: async (definitions = [ticketDefinitionV1]) => {
      const app = await createExpressEngineApp(config, { definitions });
      await app.listen(0, '127.0.0.1');
      return app;
    },
  };
}
