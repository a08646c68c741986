import 'reflect-metadata';

import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';

import { InMemoryInstanceStore, WorkflowRegistry, WorkflowRuntime } from '@yilin/runtime';
import { ticketDefinitionV1 } from '@yilin/runtime/testing';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { WORKFLOW_CATALOG } from '@engine/definitions/workflow-catalog';
import { SchemaDataValidator } from '@engine/forms/schema-data-validator';

import { type BenchStack, openBenchStack } from './bench-engine';
import { progress, round } from './measure.util';
import { commitBaseline } from './sections/commit-baseline';
import { dbTransitionLimit } from './sections/db-transition-limit';
import { formEventLoad } from './sections/form-events';
import { httpAdapters } from './sections/http-adapters';
import { httpEvents } from './sections/http-events';
import { listByState } from './sections/list-by-state';
import { type ReadFigures, readDefinitions, readPages } from './sections/read-pages';
import { transitionLoad } from './sections/runtime-load';
import { timerBurst } from './sections/timer-burst';
import { validations } from './sections/validation';
import { xstateRaw } from './sections/xstate-raw';

// `npm run bench [-- --json] [-- --seconds N] [-- --max-instances N] [-- --read-sizes 10000,1000000]
// [-- --read-only | --write-only]`: load on the real paths of the runtime and the HTTP API, on SQLite by default or on
// the MariaDB and Redis that DATABASE_URL and REDIS_URL name. Progress goes to stderr; the table and the
// JSON (last line) to stdout.

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const asJson = args.includes('--json');
const loadMs = option('--seconds', 5) * 1000;
const maxInstances = option('--max-instances', 1_000_000);
const readOnly = args.includes('--read-only');
const writeOnly = args.includes('--write-only');
// Building a million instances with their history takes a quarter of an hour on two cores: ask for it.
const readSizes = (args.includes('--read-sizes') ? args[args.indexOf('--read-sizes') + 1] : '10000,100000')
  .split(',')
  .map(Number)
  .filter((size) => size > 0)
  .sort((a, b) => a - b);
const RUNTIME_WORKERS = 16;
/** More instances side by side than connections in the pool: what group commit is for. */
const WIDE_WORKERS = [256, 1024];
const HTTP_CONNECTIONS = 32;
const TIMER_BURST = 5000;

async function main(): Promise<void> {
  const reads = writeOnly ? null : await pagesAsHistoryGrows();
  if (reads && readOnly) return report({ db: reads.db, ...reads.figures });
  progress('in-memory transitions…');
  const inMemory = await transitionLoad(
    new WorkflowRuntime({
      registry: new WorkflowRegistry([ticketDefinitionV1]),
      store: new InMemoryInstanceStore(),
      validator: new SchemaDataValidator(),
    }),
    RUNTIME_WORKERS,
    loadMs,
  );
  progress('XState alone: restore, transition, persist to JSON…');
  const raw = xstateRaw(RUNTIME_WORKERS, loadMs);
  progress('validating grant applications…');
  const validatePerSecond = validations();

  const stack = await openBenchStack();
  const db = stack.config.database.driver === 'sqlite' ? 'sqlite' : 'mariadb';
  progress(`engine on ${db}${stack.config.redisUrl ? ' + Redis' : ''}`);
  try {
    const app = await stack.start();
    progress(`bare durable commits, ${RUNTIME_WORKERS} side by side…`);
    const commits = await commitBaseline(app.get(DatabaseTransactions), RUNTIME_WORKERS, loadMs);
    progress(`persisted transitions, ${RUNTIME_WORKERS} instances side by side…`);
    const persisted = await transitionLoad(app.get(WorkflowRuntime), RUNTIME_WORKERS, loadMs);
    const wide: Record<string, number> = {};
    for (const workers of WIDE_WORKERS) {
      progress(`persisted transitions, ${workers} instances side by side…`);
      const load = await transitionLoad(app.get(WorkflowRuntime), workers, loadMs);
      wide[`transition_persisted_${workers}_per_s`] = load.perSecond;
      wide[`transition_persisted_${workers}_p99_ms`] = load.p99Ms;
    }
    progress(`the database alone, a transition's rows by hand, ${RUNTIME_WORKERS} side by side…`);
    const limit = await dbTransitionLimit(stack.config.database, RUNTIME_WORKERS, loadMs);
    progress(`HTTP events, ${HTTP_CONNECTIONS} connections, after a warm-up…`);
    // Warmed up as the persisted load before it is (its code compiled by the runs before it), so the ratio
    // of the two weighs the HTTP layers, not the JIT compiling them.
    const http = await httpEvents(app, HTTP_CONNECTIONS, loadMs, loadMs);
    progress(`listing by state as instances pile up to ${maxInstances.toLocaleString()}…`);
    const sizes = [10_000, maxInstances].filter((size, i, all) => all.indexOf(size) === i && size <= maxInstances);
    const lists = await listByState(app.get(DataSource), app.get(WorkflowRuntime), sizes);
    await app.close();
    progress(`HTTP events on Express, then on Fastify, ${HTTP_CONNECTIONS} connections, each after a warm-up…`);
    const adapters = await httpAdapters(stack, HTTP_CONNECTIONS, loadMs);
    progress(`draft edits on grant applications, checked against their bound form, ${RUNTIME_WORKERS} side by side…`);
    const formApp = await stack.start(WORKFLOW_CATALOG);
    const formEvents = await formEventLoad(formApp, RUNTIME_WORKERS, loadMs);
    await formApp.close();
    progress(`${TIMER_BURST.toLocaleString()} timers due at the same moment…`);
    const burst = await timerBurst(stack.start, TIMER_BURST);

    const figures = {
      db,
      queue: stack.config.redisUrl ? 'bull' : 'in-process',
      transition_inmemory_per_s: inMemory.perSecond,
      transition_inmemory_p99_ms: inMemory.p99Ms,
      transition_persisted_per_s: persisted.perSecond,
      transition_persisted_p50_ms: persisted.p50Ms,
      transition_persisted_p99_ms: persisted.p99Ms,
      commit_baseline_per_s: commits.perSecond,
      commit_baseline_p99_ms: commits.p99Ms,
      // A transition's cost in bare durable commits: 1 would be no engine overhead at all.
      transition_cost_in_commits: Math.round((100 * commits.perSecond) / Math.max(1, persisted.perSecond)) / 100,
      ...wide,
      db_transition_limit_per_s: limit.perSecond,
      db_transition_limit_p99_ms: limit.p99Ms,
      xstate_raw_per_s: raw.perSecond,
      // Each figure against its floor or its neighbour, all measured in this run.
      transition_persisted_ratio: ratio(persisted.perSecond, limit.perSecond),
      transition_persisted_256_vs_16: ratio(wide.transition_persisted_256_per_s, persisted.perSecond),
      transition_persisted_1024_vs_16: ratio(wide.transition_persisted_1024_per_s, persisted.perSecond),
      transition_inmemory_ratio: ratio(inMemory.perSecond, raw.perSecond),
      http_event_ratio: ratio(http.perSecond, persisted.perSecond),
      http_event_per_s: http.perSecond,
      http_event_p50_ms: http.p50Ms,
      http_event_p99_ms: http.p99Ms,
      // The same load on equal terms for both adapters: fresh engines, warmed up, one after the other.
      http_events_express_per_s: adapters.express.perSecond,
      http_events_express_p50_ms: adapters.express.p50Ms,
      http_events_express_p99_ms: adapters.express.p99Ms,
      http_events_fastify_per_s: adapters.fastify.perSecond,
      http_events_fastify_p50_ms: adapters.fastify.p50Ms,
      http_events_fastify_p99_ms: adapters.fastify.p99Ms,
      http_fastify_vs_express: ratio(adapters.fastify.perSecond, adapters.express.perSecond),
      form_event_persisted_per_s: formEvents.perSecond,
      form_event_persisted_p99_ms: formEvents.p99Ms,
      validate_per_s: validatePerSecond,
      list_by_state_ms_10k: lists[10_000],
      ...(maxInstances === 10_000 ? {} : { [`list_by_state_ms_${maxInstances === 1_000_000 ? '1m' : maxInstances}`]: lists[maxInstances] }),
      timer_burst_p50_lateness_ms: burst.p50,
      timer_burst_p99_lateness_ms: burst.p99,
      timer_burst_max_lateness_ms: burst.max,
      timer_burst_fired: burst.fired,
      timer_burst_all_fired_ms: burst.allFiredMs,
      timer_burst_notices_done_ms: burst.noticesDoneMs,
      ...reads?.figures,
    };
    report(figures);
  } finally {
    await stack.database.drop();
  }
}

function report(figures: Record<string, unknown>): void {
  console.table(
    Object.entries(figures)
      .filter(([, value]) => typeof value !== 'object')
      .map(([figure, value]) => ({ figure, value })),
  );
  if (asJson) console.log(JSON.stringify(figures));
}

/** Every page's requests at each of `readSizes`, each size on a database of its own, all up at once. */
async function pagesAsHistoryGrows() {
  const stacks: BenchStack[] = [];
  try {
    const apps: Array<{ size: number; app: NestFastifyApplication }> = [];
    for (const size of readSizes) {
      const stack = await openBenchStack();
      stacks.push(stack);
      apps.push({ size, app: await stack.start(readDefinitions()) });
    }
    const db = stacks[0].config.database.driver === 'sqlite' ? 'sqlite' : 'mariadb';
    progress(`pages as history grows to ${readSizes.map((size) => size.toLocaleString()).join(' / ')} instances, on ${db}…`);
    const read = await readPages(apps);
    for (const { app } of apps) await app.close();
    return { db, figures: readFigures(read) };
  } finally {
    for (const stack of stacks) await stack.database.drop();
  }
}

const sizeLabel = (size: number) => (size === 1_000_000 ? '1m' : size >= 1000 && size % 1000 === 0 ? `${size / 1000}k` : String(size));

/** The worst request at the largest size, the worst growth from the smallest, and every figure behind them. */
function readFigures(read: ReadFigures) {
  const smallest = readSizes[0];
  const largest = readSizes[readSizes.length - 1];
  const rows = Object.entries(read.medians).map(([request, medians]) => ({
    request,
    medians,
    p99: read.p99[request],
    growth: round(medians[largest] / Math.max(medians[smallest], 0.01)),
  }));
  const worstMs = rows.reduce((worst, row) => (row.medians[largest] > worst.medians[largest] ? row : worst));
  const worstGrowth = rows.reduce((worst, row) => (row.growth > worst.growth ? row : worst));
  console.error(
    [`request | ${readSizes.map(sizeLabel).join(' | ')} | p99 at ${sizeLabel(largest)} | growth`]
      .concat(rows.map((row) => `${row.request} | ${readSizes.map((size) => row.medians[size]).join(' | ')} | ${row.p99[largest]} | ${row.growth}`))
      .join('\n'),
  );
  return {
    read_sizes: readSizes.join(','),
    [`read_worst_ms_${sizeLabel(largest)}`]: worstMs.medians[largest],
    read_worst_ms_request: worstMs.request,
    [`read_worst_p99_ms_${sizeLabel(largest)}`]: Math.max(...rows.map((row) => row.p99[largest])),
    read_worst_growth: worstGrowth.growth,
    read_worst_growth_request: worstGrowth.request,
    [`read_health_during_console_ms_${sizeLabel(largest)}`]: read.healthDuringConsoleMs[largest],
    [`read_bytes_per_instance_${sizeLabel(largest)}`]: read.bytesPerInstance[largest].total,
    read_bytes_breakdown: read.bytesPerInstance[largest],
    read_build_seconds: read.buildSeconds,
    read_settle_seconds: read.settleSeconds,
    read_medians_ms: Object.fromEntries(rows.map((row) => [row.request, row.medians])),
    read_p99_ms: Object.fromEntries(rows.map((row) => [row.request, row.p99])),
    read_health_during_console_ms: read.healthDuringConsoleMs,
    read_plans: read.plans,
  };
}

const ratio = (value: number, floor: number) => Math.round((100 * value) / Math.max(1, floor)) / 100;

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
