import type { InstanceDto } from '@yilin/contracts';
import { GrantDriver, expectStatus } from '@test/faults/support/grant-driver';
import { instancesWhole } from '@test/faults/support/effect-ledger';
import { EngineProcess, type HttpAnswer, Sessions } from '@test/faults/support/engine-process';
import { eventually } from '@test/faults/support/ports';
import { mariadbRedisStack, type OpenStack } from '@test/faults/support/stacks';

/** Longest a request may take to say the database is away: MariaDB's connect timeout is 5 s. */
const ANSWER_WITHIN_MS = 10_000;
/** A frozen server is found out by each statement's timeout, shortened here from the 20 s default. */
const FROZEN_STATEMENT_TIMEOUT_MS = 2_000;

const unavailable = {
  statusCode: 503,
  error: 'Service Unavailable',
  message: expect.any(String),
  code: 'DATABASE_UNAVAILABLE',
};

describe('the database unreachable (MariaDB stopped, or frozen, under a running engine)', () => {
  let services: OpenStack;
  let engine: EngineProcess | null = null;

  // Each story on servers of its own: the first leaves its funds and programmes behind.
  beforeEach(async () => {
    services = await mariadbRedisStack.open();
  });
  afterEach(async () => {
    await engine?.kill();
    engine = null;
    await services?.close();
  });

  it('answers 503 DATABASE_UNAVAILABLE promptly instead of hanging or 500, and recovers without a restart', async () => {
    const mariadb = services.mariadb;
    if (!mariadb) throw new Error('the stack has no MariaDB of its own');
    const running = await EngineProcess.start(services.deployment, { seedDemo: true });
    engine = running;
    const sessions = new Sessions();
    const driver = new GrantDriver(sessions);
    await driver.setup(running);
    const draft = await expectStatus(201, driver.draft(running, 'applicant'));
    const token = await sessions.tokenOf(running, 'applicant');
    const read = () => running.request<InstanceDto>('GET', `/api/instances/${draft.body.id}`, undefined, token);
    const edit = () => driver.send(running, draft.body.id, 'applicant', 'UPDATE_DRAFT', { summary: 'edited around an outage' });
    const health = () => running.request<{ db: { status: string } }>('GET', '/api/health');

    await mariadb.stop();
    const down: Array<[string, HttpAnswer<unknown>]> = [];
    for (const [name, call] of [['read', read], ['edit', edit], ['health', health], ['read again', read]] as const) {
      down.push([name, await call()]);
    }

    await mariadb.start();
    const recovery = Date.now();
    const edited = await eventually(async () => expectStatus(200, edit()), 30_000, 500);
    const recoveredInMs = Date.now() - recovery;
    const [readBack, healthBack] = await Promise.all([read(), health()]);

    console.log(
      [
        'Database outage on MariaDB + Bull',
        ...down.map(([name, answer]) => `  down: ${name.padEnd(10)} ${answer.status} in ${answer.ms} ms ${JSON.stringify(answer.body)}`),
        `  back: first edit succeeded ${recoveredInMs} ms after MariaDB answered again; read ${readBack.status}, health ${healthBack.status}`,
      ].join('\n'),
    );

    for (const [name, answer] of down) {
      expect({ name, fast: answer.ms < ANSWER_WITHIN_MS }).toEqual({ name, fast: true });
      expect({ name, status: answer.status }).toEqual({ name, status: 503 });
      if (name !== 'health') expect(answer.body).toEqual(unavailable);
    }
    expect(down.find(([name]) => name === 'health')?.[1].body).toMatchObject({ db: { status: 'down' } });
    expect(readBack.status).toBe(200);
    expect(readBack.body.revision).toBe(edited.body.revision);
    expect(healthBack.status).toBe(200);
    const whole = await instancesWhole(services.probe, [{ instanceId: edited.body.id, revision: edited.body.revision, event: 'UPDATE_DRAFT' }]);
    expect(whole.lost).toEqual([]);
    expect(whole.broken).toEqual([]);
  });

  it('answers 503 within the statement timeout while the database is frozen, and is whole once it thaws', async () => {
    const mariadb = services.mariadb;
    if (!mariadb) throw new Error('the stack has no MariaDB of its own');
    const running = await EngineProcess.start(services.deployment, { seedDemo: true, env: { DATABASE_QUERY_TIMEOUT_MS: String(FROZEN_STATEMENT_TIMEOUT_MS) } });
    engine = running;
    const sessions = new Sessions();
    const driver = new GrantDriver(sessions);
    await driver.setup(running);
    const draft = await expectStatus(201, driver.draft(running, 'applicant'));
    const token = await sessions.tokenOf(running, 'applicant');
    const read = () => running.request<InstanceDto>('GET', `/api/instances/${draft.body.id}`, undefined, token);
    const edit = () => driver.send(running, draft.body.id, 'applicant', 'UPDATE_DRAFT', { summary: 'edited around a freeze' });

    mariadb.freeze();
    let frozen: Array<HttpAnswer<unknown>>;
    try {
      frozen = await Promise.all([read(), edit(), running.request('GET', '/api/health')]);
    } finally {
      mariadb.thaw();
    }
    const edited = await eventually(async () => expectStatus(200, edit()), 30_000, 500);

    console.log(
      [
        `Database frozen (SIGSTOP) on MariaDB + Bull, statement timeout ${FROZEN_STATEMENT_TIMEOUT_MS} ms`,
        ...['read', 'edit', 'health'].map((name, i) => `  frozen: ${name.padEnd(7)} ${frozen[i].status} in ${frozen[i].ms} ms`),
        `  thawed: edit ${edited.status} at revision ${edited.body.revision}`,
      ].join('\n'),
    );
    for (const answer of frozen) {
      expect(answer.status).toBe(503);
      expect(answer.ms).toBeLessThan(ANSWER_WITHIN_MS);
    }
    expect(frozen[0].body).toEqual(unavailable);
    expect(frozen[1].body).toEqual(unavailable);
    // The edit refused while frozen may still have committed when the server woke (its outcome was
    // unknown, hence 503): either way the history is whole and holds the acknowledged edit.
    const whole = await instancesWhole(services.probe, [{ instanceId: edited.body.id, revision: edited.body.revision, event: 'UPDATE_DRAFT' }]);
    expect(whole.lost).toEqual([]);
    expect(whole.broken).toEqual([]);
  });
});
