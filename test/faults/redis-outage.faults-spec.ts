import { DIRECTOR_SLA_TIMER, GrantDriver } from '@test/faults/support/grant-driver';
import { countByStatus, exactlyOnce, expireTimers, effectsSettled, instancesWhole } from '@test/faults/support/effect-ledger';
import { EngineProcess, Sessions } from '@test/faults/support/engine-process';
import { type LoadResult, runLoad } from '@test/faults/support/load';
import { eventually } from '@test/faults/support/ports';
import { mariadbRedisStack, type OpenStack } from '@test/faults/support/stacks';

const WAITING_GRANTS = 4;

describe('Redis stopped and started under load (MariaDB + Bull)', () => {
  let services: OpenStack;
  let engine: EngineProcess | null = null;

  beforeAll(async () => {
    services = await mariadbRedisStack.open();
  });
  afterAll(async () => {
    await engine?.kill();
    await services?.close();
  });

  it('still accepts every event while Redis is down, and catches up on timers and side effects once, when it returns', async () => {
    const redis = services.redis;
    if (!redis) throw new Error('the stack has no Redis of its own');
    const running = await EngineProcess.start(services.deployment, { seedDemo: true });
    engine = running;
    const driver = new GrantDriver(new Sessions());
    await driver.setup(running);
    const waiting: string[] = [];
    for (let i = 0; i < WAITING_GRANTS; i++) waiting.push(await driver.toDirector(running));
    const load = (events: number) =>
      runLoad({ driver, engines: () => [running], workers: 6, enough: (result) => result.acknowledged.length >= events });

    const before = await load(60);
    await redis.stop();
    // Due while Redis is away: their delayed jobs are gone with it, only the sweeper can bring them back.
    expect(await expireTimers(services.probe, DIRECTOR_SLA_TIMER)).toBe(WAITING_GRANTS);
    const during = await load(120);
    const health = await running.request<{ status: string; queue: { status: string } }>('GET', '/api/health');
    const backlog = await countByStatus(services.probe, 'outbox_messages');
    await redis.start();
    const after = await load(60);
    // A job a restart left half-written is replaced once overdue (30 s) by a sweep (every 5 s).
    await eventually(() => effectsSettled(services.probe, DIRECTOR_SLA_TIMER), 60_000);

    const whole = await instancesWhole(services.probe, [before, during, after].flatMap((result) => result.acknowledged));
    const once = await exactlyOnce(services.probe, DIRECTOR_SLA_TIMER);
    const row = (label: string, result: LoadResult) =>
      `  ${label.padEnd(14)} ${String(result.acknowledged.length).padStart(6)} ${JSON.stringify(result.refused).padStart(8)} ${String(result.p99Ms).padStart(7)}`;
    console.log(
      [
        'Redis outage on MariaDB + Bull',
        '  Redis          events  refused  p99 ms',
        row('up', before),
        row('down', during),
        row('back', after),
        `  outbox while down: ${JSON.stringify(backlog)}; health while down: ${health.status} ${JSON.stringify(health.body)}`,
        `  after: ${once.timersFired} timers fired, ${once.notifyMessages} notify messages → ${once.notifications} notices`,
      ].join('\n'),
    );

    for (const result of [before, during, after]) expect(result.refused).toEqual({});
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'degraded', queue: { status: 'down' } });
    expect(backlog.pending ?? 0).toBeGreaterThan(0);
    expect(whole.lost).toEqual([]);
    expect(whole.broken).toEqual([]);
    expect(once.timersFired).toBe(WAITING_GRANTS);
    expect(once.timerEventMismatches).toEqual([]);
    expect(once.deliveryMismatches).toEqual([]);
  });
});
