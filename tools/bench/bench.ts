import 'reflect-metadata';

import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { EventActor } from '@yilin/contracts';
import { FormValidatorCache } from '@yilin/form-validation';
import { InMemoryInstanceStore, WorkflowRegistry, WorkflowRuntime } from '@yilin/runtime';
import { ticketDefinitionV1 } from '@yilin/runtime/testing';
import { grantApplicationSchema } from '@yilin/workflow-grant-approval';
import { createEngineApp } from '@engine/app/create-engine-app';
import { loadEngineConfig } from '@engine/config/engine-config';
import { DEMO_PASSWORD } from '@engine/demo/demo-users';
import { SchemaDataValidator } from '@engine/forms/schema-data-validator';
import { openTestDatabase } from '@engine/testing/test-database';

import { httpLoad } from './http-load';
import { progress, round, runLoad } from './measure.util';

// `npm run bench [-- --json] [-- --seconds N]`: load on the real paths of the runtime and the HTTP API,
// on SQLite by default or on the MariaDB and Redis that DATABASE_URL and REDIS_URL name.

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const seconds = Number(args[args.indexOf('--seconds') + 1]) || 5;
const LOAD_MS = seconds * 1000;
const RUNTIME_WORKERS = 16;
const HTTP_CONNECTIONS = 32;

const benchActor: EventActor = { id: 'bench-staff', username: 'bench-staff', roles: ['staff'] };

async function transitionsInMemory() {
  progress('in-memory transitions…');
  const runtime = new WorkflowRuntime({
    registry: new WorkflowRegistry([ticketDefinitionV1]),
    store: new InMemoryInstanceStore(),
    validator: new SchemaDataValidator(),
  });
  const ids = await openTickets(runtime, RUNTIME_WORKERS);
  return runLoad(RUNTIME_WORKERS, LOAD_MS, (worker) => comment(runtime, ids[worker]));
}

async function openTickets(runtime: WorkflowRuntime, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push((await runtime.start({ workflow: 'ticket', data: { subject: `bench ${i}` }, actor: benchActor })).id);
  }
  return ids;
}

const comment = (runtime: WorkflowRuntime, instanceId: string) =>
  runtime.send({ instanceId, type: 'COMMENT', data: { text: '居民反映路灯不亮，已登记。' }, actor: benchActor });

function validations() {
  progress('validating grant applications…');
  const cache = new FormValidatorCache();
  const application = {
    title: '黉门街社区微更新：楼道照明改造',
    organisation: '黉门街社区居民委员会',
    amount: 4_800_000,
    summary: '为 6 个老旧院落的楼道更换节能照明，居民议事会已表决通过。',
    programmeId: 'community-renewal',
  };
  const started = performance.now();
  let count = 0;
  while (performance.now() - started < 1000) {
    if (cache.validate('grant-application@bench', grantApplicationSchema, application).length) {
      throw new Error('The sample application should be valid');
    }
    count += 1;
  }
  return round(count / ((performance.now() - started) / 1000));
}

async function persistedAndHttp() {
  const database = await openTestDatabase(process.env.DATABASE_URL ? 'mysql' : 'sqlite');
  const dataDir = mkdtempSync(join(tmpdir(), 'yilin-bench-'));
  const config = {
    ...loadEngineConfig({
      ...process.env,
      DATA_DIR: dataDir,
      JWT_SECRET: randomBytes(16).toString('hex'),
      SEED_DEMO: 'true',
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: 'silent',
      QUEUE_PREFIX: `yilin-bench-${randomBytes(3).toString('hex')}`,
    }),
    database: database.database,
  };
  progress(`starting the engine on ${database.name}${config.redisUrl ? ' + Redis' : ''}…`);
  const app = await createEngineApp(config, { definitions: [ticketDefinitionV1] });
  await app.listen(0, '127.0.0.1');
  try {
    const runtime = app.get(WorkflowRuntime);
    progress(`persisted transitions, ${RUNTIME_WORKERS} instances side by side, ${seconds} s…`);
    const ids = await openTickets(runtime, RUNTIME_WORKERS);
    const persisted = await runLoad(RUNTIME_WORKERS, LOAD_MS, (worker) => comment(runtime, ids[worker]));

    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api`;
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'staff', password: DEMO_PASSWORD }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` };
    const httpIds: string[] = [];
    for (let i = 0; i < HTTP_CONNECTIONS; i++) {
      const created = await fetch(`${base}/instances`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ workflow: 'ticket', data: { subject: `http ${i}` } }),
      });
      httpIds.push(((await created.json()) as { id: string }).id);
    }
    progress(`HTTP events, ${HTTP_CONNECTIONS} connections, ${seconds} s…`);
    const body = JSON.stringify({ type: 'COMMENT', data: { text: '居民反映路灯不亮，已登记。' } });
    const http = await httpLoad(
      base,
      headers,
      httpIds.map((id) => ({ path: `/instances/${id}/events`, body })),
      LOAD_MS,
    );
    return { persisted, http, db: database.name === 'SQLite' ? 'sqlite' : 'mariadb', queue: config.redisUrl ? 'bull' : 'in-process' };
  } finally {
    await app.close();
    await database.drop();
  }
}

async function main(): Promise<void> {
  const inMemory = await transitionsInMemory();
  const validatePerSecond = validations();
  const { persisted, http, db, queue } = await persistedAndHttp();
  const figures = {
    db,
    queue,
    seconds_per_run: seconds,
    transition_inmemory_per_s: inMemory.perSecond,
    transition_inmemory_p99_ms: inMemory.p99Ms,
    transition_persisted_per_s: persisted.perSecond,
    transition_persisted_p50_ms: persisted.p50Ms,
    transition_persisted_p99_ms: persisted.p99Ms,
    http_event_per_s: http.perSecond,
    http_event_p50_ms: http.p50Ms,
    http_event_p99_ms: http.p99Ms,
    validate_per_s: validatePerSecond,
  };
  console.table(
    Object.entries(figures).map(([figure, value]) => ({ figure, value })),
  );
  if (asJson) console.log(JSON.stringify(figures));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
