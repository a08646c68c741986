import type { AddressInfo } from 'node:net';

import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';

import { InstanceStore, ulid, WorkflowRuntime } from '@yilin/runtime';
import { sam, ticketDefinitionV1, vera } from '@yilin/runtime/testing';
import { DEMO_PASSWORD } from '@engine/demo/demo-users';
import { recountStateDurations } from '@engine/insights/state-durations';
import { recountStates } from '@engine/instances/state-counts';
import { TaskFiling } from '@engine/instances/task-filing';

import { percentile, progress, round } from '../measure.util';

// Three workflows with the ticket's machine: the pages read them as they would any workflow.
export const READ_WORKFLOWS = ['ticket', 'errand', 'repair'];
export const readDefinitions = () => [
  ticketDefinitionV1,
  ...READ_WORKFLOWS.slice(1).map((key) => ({ ...ticketDefinitionV1, key })),
];

const YEARS = 3;
const AUDIT_PER_INSTANCE = 6;
const BATCH = 400;
const TIMED = 20;
/** The demo applicant's own instances, the same at every size: a person's applications do not grow with the city. */
const APPLICANT_INSTANCES = 12;
const DAY = 86_400_000;

export interface ReadFigures {
  /** Median ms of each request at each size. */
  medians: Record<string, Record<number, number>>;
  p99: Record<string, Record<number, number>>;
  healthDuringConsoleMs: Record<number, number>;
  bytesPerInstance: Record<number, Record<string, number>>;
  buildSeconds: Record<number, number>;
  /** How long the engine took to fire the due timers the written history carried, before any timing. */
  settleSeconds: Record<number, number>;
  /** At the largest size, each request's statements with the database's plan for each. */
  plans: Record<string, Array<{ sql: string; plan: string[] }>>;
}

interface Templates {
  [place: string]: { snapshot: string; formPins: string };
}

/** One size's engine on a database of its own, built and settled, ready to be timed. */
interface Built {
  size: number;
  base: string;
  dataSource: DataSource;
  fundId: string;
  tokens: Record<PageRequest['as'], string | undefined>;
}

/**
 * Builds a foundation's history of each size on a database of its own — instances over three workflows
 * and three years (about 7% active), audit entries, participants, pending timers, fund reservations and
 * their ledger, enterprises, published outcomes, notifications — by writing rows directly; then, with
 * every size's engine up, times every request the pages make on load, as each role makes it, in rounds
 * that alternate between the sizes, so whatever else loads the machine falls on every size alike.
 */
export async function readPages(apps: Array<{ size: number; app: NestFastifyApplication }>): Promise<ReadFigures> {
  const figures: ReadFigures = { medians: {}, p99: {}, healthDuringConsoleMs: {}, bytesPerInstance: {}, buildSeconds: {}, settleSeconds: {}, plans: {} };
  const built: Built[] = [];
  for (const { size, app } of apps) built.push(await buildHistory(app, size, figures));

  progress(`  timing every page's requests, ${TIMED} rounds after two warm-ups, alternating ${built.map((b) => b.size.toLocaleString()).join(' / ')}…`);
  const requests = pageRequests();
  const timings = new Map<string, number[]>();
  for (let round = 0; round < TIMED + 2; round++) {
    for (const request of requests) {
      // Every other round the other way round, so no size always goes first.
      for (const b of round % 2 ? [...built].reverse() : built) {
        const ms = await timeOnce(b.base + request.path(b.fundId), b.tokens[request.as]);
        if (round >= 2) timings.set(`${request.name}|${b.size}`, [...(timings.get(`${request.name}|${b.size}`) ?? []), ms]);
      }
    }
  }
  for (const request of requests) {
    for (const b of built) {
      const times = timings.get(`${request.name}|${b.size}`) ?? [];
      (figures.medians[request.name] ??= {})[b.size] = round(percentile(times, 50));
      (figures.p99[request.name] ??= {})[b.size] = round(percentile(times, 99));
    }
  }
  for (let i = 0; i < 5; i++) {
    for (const b of i % 2 ? [...built].reverse() : built) {
      const ms = await healthDuringConsole(b);
      timings.set(`health|${b.size}`, [...(timings.get(`health|${b.size}`) ?? []), ms]);
    }
  }
  for (const b of built) {
    figures.healthDuringConsoleMs[b.size] = round(percentile(timings.get(`health|${b.size}`) ?? [], 50));
    progress(
      `  at ${b.size.toLocaleString()}: ` +
        Object.entries(figures.medians).map(([name, medians]) => `${name} ${medians[b.size]} (p99 ${figures.p99[name][b.size]})`).join(', ') +
        `; health during the console ${figures.healthDuringConsoleMs[b.size]} ms`,
    );
  }
  const largest = built[built.length - 1];
  figures.plans = await explainRequests(largest);
  for (const b of built) figures.bytesPerInstance[b.size] = await bytesPerInstance(b.dataSource, b.size);
  return figures;
}

async function buildHistory(app: NestFastifyApplication, size: number, figures: ReadFigures): Promise<Built> {
  const dataSource = app.get(DataSource);
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api`;
  const templates = await snapshotTemplates(app.get(WorkflowRuntime), app.get(InstanceStore));
  const fundId = await createFund(base);
  const admin = await signIn(base, 'admin');
  const staff = await signIn(base, 'staff');
  const applicant = await signIn(base, 'applicant');
  const started = Date.now();
  const now = Date.now();
  for (let stored = 0; stored < size; ) {
    const count = Math.min(BATCH, size - stored);
    await insertHistory(dataSource, { templates, fundId, applicantId: applicant.id }, stored, count, size, now);
    stored += count;
    if (stored % 50_000 === 0) progress(`  ${stored.toLocaleString()} of ${size.toLocaleString()} instances with their history (${round((Date.now() - started) / 1000, 1)} s)`);
  }
  await dataSource.transaction((m) => recountStates(m));
  // The rows were written around the store: count their stays and file their tasks as the engine would.
  await dataSource.transaction((m) => recountStateDurations(m));
  await app.get(TaskFiling).fileUnfiled();
  // Set, not added: notices the template instances sent may be counted already.
  const setCount =
    dataSource.options.type === 'mysql'
      ? 'ON DUPLICATE KEY UPDATE delivered = VALUES(delivered)'
      : 'ON CONFLICT (recipient) DO UPDATE SET delivered = excluded.delivered';
  await dataSource.query(
    `INSERT INTO notification_counts (recipient, delivered) SELECT recipient, COUNT(*) FROM notifications WHERE 1 = 1 GROUP BY recipient ${setCount}`,
  );
  if (dataSource.options.type === 'better-sqlite3') await dataSource.query('ANALYZE');
  else await dataSource.query('ANALYZE TABLE workflow_instances, audit_entries, notifications, fund_reservations, fund_ledger_entries');
  figures.buildSeconds[size] = round((Date.now() - started) / 1000, 1);
  figures.settleSeconds[size] = await settleDueTimers(dataSource);
  progress(`  ${size.toLocaleString()} instances stored in ${figures.buildSeconds[size]} s, their due timers fired (${figures.settleSeconds[size]} s)`);
  return { size, base, dataSource, fundId, tokens: { admin: admin.token, staff: staff.token, applicant: applicant.token, public: undefined } };
}

/**
 * Every statement each request sends, with the database's plan for it (`EXPLAIN QUERY PLAN` on SQLite,
 * `EXPLAIN` on MariaDB): what shows whether a request reads a bounded number of rows, whatever the size.
 */
async function explainRequests(b: Built): Promise<ReadFigures['plans']> {
  const dataSource = b.dataSource;
  const logger = dataSource.logger;
  const plans: ReadFigures['plans'] = {};
  for (const request of pageRequests()) {
    const seen: Array<{ sql: string; parameters: unknown[] }> = [];
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (sql, parameters, runner) => {
      if (/^\s*(SELECT|WITH)\b/i.test(sql) && !seen.some((s) => s.sql === sql)) seen.push({ sql, parameters: Array.isArray(parameters) ? parameters : [] });
      return logQuery(sql, parameters, runner);
    };
    try {
      await timeOnce(b.base + request.path(b.fundId), b.tokens[request.as]);
    } finally {
      logger.logQuery = logQuery;
    }
    plans[request.name] = [];
    for (const { sql, parameters } of seen) {
      if (/^SELECT 1$/i.test(sql.trim())) continue;
      const rows: Array<Record<string, unknown>> =
        dataSource.options.type === 'better-sqlite3'
          ? await dataSource.query(`EXPLAIN QUERY PLAN ${sql}`, parameters)
          : await dataSource.query(`EXPLAIN ${sql}`, parameters);
      const plan =
        dataSource.options.type === 'better-sqlite3'
          ? rows.map((row) => String(row.detail))
          : rows.map((row) => `${row.table} type=${row.type} key=${row.key} rows=${row.rows} ${row.Extra ?? ''}`.trim());
      plans[request.name].push({ sql: sql.replace(/\s+/g, ' ').replace(/^SELECT .*? FROM /i, 'SELECT … FROM ').slice(0, 600), plan });
    }
    progress(`  plan of ${request.name}:\n` + plans[request.name].map((p) => `    ${p.sql}\n      ${p.plan.join('\n      ')}`).join('\n'));
  }
  return plans;
}

interface PageRequest {
  name: string;
  path: (fundId: string) => string;
  as: 'admin' | 'staff' | 'applicant' | 'public';
}

/**
 * Waits until the engine has fired every timer of the written history that was already due: the pages
 * are timed on an engine at rest, not during a burst of thousands of overdue timers that a running
 * engine would have fired as each fell due.
 */
async function settleDueTimers(dataSource: DataSource): Promise<number> {
  const started = Date.now();
  const due = async () =>
    Number((await dataSource.query(`SELECT COUNT(*) AS n FROM timers WHERE status = 'pending' AND due_at <= ?`, [sqlTime(Date.now())]))[0].n);
  while ((await due()) > 0) {
    if (Date.now() - started > 20 * 60_000) throw new Error('The due timers of the history were not fired within 20 minutes');
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return round((Date.now() - started) / 1000, 1);
}

/** What each role's page asks for on load. */
function pageRequests(): PageRequest[] {
  return [
    { name: 'public grants', path: () => '/public/grants', as: 'public' },
    { name: 'public enterprises', path: () => '/public/enterprises', as: 'public' },
    { name: 'public outcomes', path: () => '/public/outcomes', as: 'public' },
    { name: 'public funds', path: () => '/public/funds', as: 'public' },
    ...READ_WORKFLOWS.map((key): PageRequest => ({ name: `admin stats ${key}`, path: () => `/workflows/${key}/stats`, as: 'admin' })),
    { name: 'admin time in state', path: () => `/workflows/${READ_WORKFLOWS[0]}/time-in-state`, as: 'admin' },
    { name: 'admin attention', path: () => '/admin/attention?stuckDays=7', as: 'admin' },
    { name: 'admin suspended', path: () => '/instances?status=suspended', as: 'admin' },
    { name: 'admin instances of a workflow', path: () => `/instances?workflow=${READ_WORKFLOWS[1]}&limit=50`, as: 'admin' },
    { name: 'admin console recent', path: () => `/instances?workflow=${READ_WORKFLOWS[0]}&limit=200`, as: 'admin' },
    { name: 'admin fund', path: (fundId) => `/funds/${fundId}`, as: 'admin' },
    { name: 'admin fund ledger', path: (fundId) => `/funds/${fundId}/ledger`, as: 'admin' },
    { name: 'staff tasks', path: () => '/tasks?limit=20', as: 'staff' },
    { name: 'staff notifications', path: () => '/notifications', as: 'staff' },
    { name: 'staff home', path: () => '/instances?limit=50', as: 'staff' },
    { name: 'staff one state', path: () => `/instances?workflow=${READ_WORKFLOWS[0]}&state=live.assigned&limit=50`, as: 'staff' },
    { name: 'applicant home', path: () => '/instances?limit=50', as: 'applicant' },
    { name: 'applicant tasks', path: () => '/tasks?limit=20', as: 'applicant' },
    { name: 'applicant notifications', path: () => '/notifications', as: 'applicant' },
  ];
}

async function timeOnce(url: string, token: string | undefined): Promise<number> {
  const t0 = performance.now();
  const response = await get(url, token);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - t0;
}

/** A GET; once more when the server had just closed the idle keep-alive connection it came on. */
async function get(url: string, token: string | undefined): Promise<Response> {
  const init: RequestInit = { headers: token ? { Authorization: `Bearer ${token}` } : {} };
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

/** `/api/health` sent while every console request is in flight (the console's home loading). */
async function healthDuringConsole(b: Built): Promise<number> {
  const consoleLoad = pageRequests().filter((request) => request.as === 'admin');
  const load = Promise.all(consoleLoad.map((request) => get(b.base + request.path(b.fundId), b.tokens.admin).then((r) => r.arrayBuffer())));
  const t0 = performance.now();
  await (await get(`${b.base}/health`, undefined)).arrayBuffer();
  const ms = performance.now() - t0;
  await load;
  return ms;
}

/** Stored bytes per instance and what makes them up. */
async function bytesPerInstance(dataSource: DataSource, size: number): Promise<Record<string, number>> {
  const sum = async (sql: string) => Number((await dataSource.query(sql))[0]?.bytes ?? 0);
  const parts = {
    snapshot: await sum('SELECT SUM(LENGTH(snapshot)) AS bytes FROM workflow_instances'),
    instance_other: await sum(
      'SELECT SUM(LENGTH(id) + LENGTH(workflow) + LENGTH(state) + LENGTH(status) + LENGTH(owner_id) + LENGTH(participants) + LENGTH(form_pins) + COALESCE(LENGTH(task_audiences), 0) + 38) AS bytes FROM workflow_instances',
    ),
    audit: await sum(
      'SELECT SUM(LENGTH(id) + LENGTH(instance_id) + LENGTH(event) + LENGTH(data) + LENGTH(actor) + COALESCE(LENGTH(from_state), 0) + LENGTH(to_state) + 12) AS bytes FROM audit_entries',
    ),
    participants: await sum('SELECT SUM(LENGTH(instance_id) + LENGTH(user_id)) AS bytes FROM instance_participants'),
    tasks: await sum('SELECT SUM(LENGTH(audience) + LENGTH(instance_id) + LENGTH(workflow)) AS bytes FROM instance_tasks'),
  };
  let total: number;
  if (dataSource.options.type === 'better-sqlite3') {
    const [{ page_count }] = await dataSource.query('PRAGMA page_count');
    const [{ page_size }] = await dataSource.query('PRAGMA page_size');
    total = page_count * page_size;
  } else {
    total = await sum('SELECT SUM(data_length + index_length) AS bytes FROM information_schema.TABLES WHERE table_schema = DATABASE()');
  }
  const per = (bytes: number) => Math.round(bytes / size);
  return {
    total: per(total),
    snapshot: per(parts.snapshot),
    instance_row_other: per(parts.instance_other),
    audit_entries: per(parts.audit),
    participants: per(parts.participants),
    task_rows: per(parts.tasks),
    indexes_and_other_tables: per(total - parts.snapshot - parts.instance_other - parts.audit - parts.participants - parts.tasks),
  };
}

/** Real snapshots of the ticket machine in each place, taken through the runtime, to copy onto the history. */
async function snapshotTemplates(runtime: WorkflowRuntime, store: InstanceStore): Promise<Templates> {
  const templates: Templates = {};
  const take = async (id: string) => {
    const record = await store.findInstance(id);
    if (!record) throw new Error(`No instance ${id}`);
    templates[`${record.state}|${record.status}`] = { snapshot: JSON.stringify(record.snapshot), formPins: JSON.stringify(record.formPins) };
  };
  const start = () => runtime.start({ workflow: 'ticket', data: { subject: '楼道灯坏了 The hallway lamp is broken' }, actor: sam });
  const open = await start();
  await take(open.id);
  const assigned = await start();
  await runtime.send({ instanceId: assigned.id, type: 'ASSIGN', data: { assignee: 'someone' }, actor: sam });
  await take(assigned.id);
  const held = await start();
  await runtime.send({ instanceId: held.id, type: 'HOLD', actor: vera });
  await take(held.id);
  const resolved = await start();
  await runtime.send({ instanceId: resolved.id, type: 'ASSIGN', data: { assignee: 'someone' }, actor: sam });
  await runtime.send({ instanceId: resolved.id, type: 'RESOLVE', actor: sam });
  await take(resolved.id);
  return templates;
}

async function signIn(base: string, username: string): Promise<{ token: string; id: string }> {
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`${username} could not sign in (${login.status})`);
  const body = (await login.json()) as { accessToken: string; user: { id: string } };
  return { token: body.accessToken, id: body.user.id };
}

async function createFund(base: string): Promise<string> {
  const { token } = await signIn(base, 'admin');
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
  const created = await fetch(`${base}/funds`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ code: `bench-${Date.now()}`, kind: 'special', name: { zh: '社区基金', en: 'Community fund' } }),
  });
  if (created.status !== 201) throw new Error(`The bench fund was not created (${created.status})`);
  const { id } = (await created.json()) as { id: string };
  await fetch(`${base}/funds/${id}/donations`, { method: 'POST', headers, body: JSON.stringify({ amount: 10_000_000_000 }) });
  return id;
}

const sqlTime = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

/** Rows `from … from + count` of a history that ends at `size` instances, the newest now. */
async function insertHistory(
  dataSource: DataSource,
  { templates, fundId, applicantId }: { templates: Templates; fundId: string; applicantId: string },
  from: number,
  count: number,
  size: number,
  now: number,
) {
  const span = YEARS * 365 * DAY;
  const rows = {
    workflow_instances: [] as unknown[][],
    audit_entries: [] as unknown[][],
    instance_participants: [] as unknown[][],
    timers: [] as unknown[][],
    fund_reservations: [] as unknown[][],
    fund_ledger_entries: [] as unknown[][],
    enterprises: [] as unknown[][],
    supervisory_reviews: [] as unknown[][],
    notifications: [] as unknown[][],
  };
  for (let i = from; i < from + count; i++) {
    const created = now - span + Math.floor((span * i) / size);
    const id = ulid(created);
    const workflow = READ_WORKFLOWS[i % READ_WORKFLOWS.length];
    const recent = i > size * 0.93;
    const place = recent || i % 97 === 0 ? (i % 2 ? 'live.assigned|active' : 'live.open|active') : i % 331 === 0 ? 'onHold|suspended' : 'resolved|done';
    const [state, status] = place.split('|');
    const updated = Math.min(now, created + ((i * 7919) % (20 * DAY)));
    // Spread over the three years, the newest two still active.
    const applicants = i >= size - 2 || i % Math.floor(size / (APPLICANT_INSTANCES - 2)) === 0;
    const owner = applicants ? applicantId : `resident-${i % 20_000}`;
    const template = templates[place] ?? { snapshot: '{}', formPins: '{}' };
    const participants = i % 10 === 0 ? [`neighbour-${i % 5000}`] : [];
    rows.workflow_instances.push([id, workflow, 1, state, template.snapshot, status, AUDIT_PER_INSTANCE, owner, JSON.stringify(participants), template.formPins, sqlTime(created), sqlTime(updated), sqlTime(updated)]);
    for (const userId of participants) rows.instance_participants.push([id, userId]);
    for (let r = 1; r <= AUDIT_PER_INSTANCE; r++) {
      rows.audit_entries.push([
        ulid(created + r),
        id,
        r,
        r === 1 ? 'START' : 'COMMENT',
        JSON.stringify(r === 1 ? { subject: '楼道灯坏了 The hallway lamp is broken' } : { text: `第 ${r} 次跟进：已联系物业 Follow-up ${r}: the property office was called` }),
        JSON.stringify({ id: owner, username: owner, roles: ['staff'] }),
        r === 1 ? null : 'live.open',
        r === AUDIT_PER_INSTANCE ? state : 'live.open',
        sqlTime(created + r * 3_600_000),
      ]);
    }
    if (state === 'live.assigned') {
      rows.timers.push([ulid(created), id, 'sla', JSON.stringify({ type: 'SLA_BREACHED' }), sqlTime(created + 3_600_000 + ((i * 13) % (30 * DAY))), 'pending', sqlTime(created), null]);
    }
    if (i % 26 < 5) {
      const reservationStatus = i % 26 === 4 ? 'refused' : i % 26 < 2 ? 'held' : 'closed';
      const amount = reservationStatus === 'refused' ? 0 : 100_000 + (i % 50) * 1000;
      rows.fund_reservations.push([ulid(created + 10), id, fundId, null, '社区微更新 Neighbourhood renewal', `社区组织 ${i % 3000}`, `项目 ${i}`, reservationStatus, amount || 100_000, amount, 0, 0, reservationStatus === 'refused' ? 'balance' : null, null, sqlTime(created), sqlTime(updated)]);
      if (amount) {
        rows.fund_ledger_entries.push([ulid(created + 11), fundId, 'reservation', amount, id, null, null, `reservation:${id}`, null, null, 10_000_000_000 - amount, sqlTime(created)]);
        rows.fund_ledger_entries.push([ulid(created + 12), fundId, 'disbursement', amount, id, null, 1, `disbursement:${id}:1`, null, null, 10_000_000_000 - amount, sqlTime(created + DAY)]);
      }
    }
    if (i % 6 === 0) {
      rows.enterprises.push([ulid(created + 20), id, `宜邻社会企业 ${i}`, `宜邻社会企业${i}`, `91510100MA${String(i).padStart(8, '0')}`, owner, sqlTime(created), sqlTime(created + 30 * DAY), null]);
    }
    if (i % 9 === 0) {
      const at = sqlTime(created + 60 * DAY);
      const disclosure = { summary: `第 ${i} 号监督结果 Outcome ${i}`, outcome: i % 2 ? 'issue' : 'no-issue', riskLevel: i % 2 ? 'low' : null, publishedAt: new Date(created + 60 * DAY).toISOString() };
      rows.supervisory_reviews.push([ulid(created + 30), `T${String(i).padStart(10, '0')}`, 'public', sqlTime(created), JSON.stringify(disclosure), at]);
    }
    rows.notifications.push([`${id}:0`, i % 3 === 0 ? 'role:staff' : `user:${owner}`, id, workflow, 'ticket.assigned', JSON.stringify({}), sqlTime(created)]);
  }
  const columns: Record<keyof typeof rows, string[]> = {
    workflow_instances: ['id', 'workflow', 'version', 'state', 'snapshot', 'status', 'revision', 'owner_id', 'participants', 'form_pins', 'created_at', 'updated_at', 'state_entered_at'],
    audit_entries: ['id', 'instance_id', 'revision', 'event', 'data', 'actor', 'from_state', 'to_state', 'at'],
    instance_participants: ['instance_id', 'user_id'],
    timers: ['id', 'instance_id', 'name', 'event', 'due_at', 'status', 'created_at', 'fired_at'],
    fund_reservations: ['id', 'grant_id', 'fund_id', 'programme_id', 'programme_title', 'organisation', 'title', 'status', 'requested', 'amount', 'disbursed', 'released', 'refusal_reason', 'available_at_refusal', 'created_at', 'updated_at'],
    fund_ledger_entries: ['id', 'fund_id', 'kind', 'amount', 'grant_id', 'reservation_id', 'tranche', 'entry_key', 'note', 'actor_id', 'available_after', 'created_at'],
    enterprises: ['id', 'registration_instance_id', 'name', 'normalized_name', 'registration_no', 'founder_user_id', 'registered_at', 'certified_at', 'referred_to_incubation_at'],
    supervisory_reviews: ['review_id', 'tracking_code', 'source', 'raised_at', 'disclosure', 'published_at'],
    notifications: ['id', 'recipient', 'instance_id', 'workflow', 'template', 'data', 'created_at'],
  };
  await dataSource.transaction(async (m) => {
    for (const table of Object.keys(rows) as Array<keyof typeof rows>) {
      const all = rows[table];
      const perStatement = Math.floor(30_000 / columns[table].length);
      for (let start = 0; start < all.length; start += perStatement) {
        const chunk = all.slice(start, start + perStatement);
        const placeholders = chunk.map(() => `(${columns[table].map(() => '?').join(', ')})`).join(', ');
        await m.query(`INSERT INTO ${table} (${columns[table].join(', ')}) VALUES ${placeholders}`, chunk.flat());
      }
    }
  });
}
