import { DIRECTOR_SLA_TIMER, GrantDriver } from '@test/faults/support/grant-driver';
import { countByStatus, exactlyOnce, expireTimers, effectsSettled, instancesWhole } from '@test/faults/support/effect-ledger';
import { EngineProcess, Sessions } from '@test/faults/support/engine-process';
import { runLoad } from '@test/faults/support/load';
import { eventually } from '@test/faults/support/ports';
import { mariadbRedisStack, type OpenStack, sqliteStack } from '@test/faults/support/stacks';

const WAITING_GRANTS = 4;
const ACKS_BEFORE_KILL = 120;

describe.each([sqliteStack, mariadbRedisStack])('the engine killed with SIGKILL under load, on $name', (stack) => {
  let services: OpenStack;
  const engines: EngineProcess[] = [];

  beforeAll(async () => {
    services = await stack.open();
  });
  afterAll(async () => {
    await Promise.all(engines.map((engine) => engine.kill()));
    await services?.close();
  });

  it('keeps every acknowledged event, leaves no instance half-written, and still fires timers and delivers effects after a restart', async () => {
    const first = await EngineProcess.start(services.deployment, { seedDemo: true });
    engines.push(first);
    const driver = new GrantDriver(new Sessions());
    await driver.setup(first);
    const waiting: string[] = [];
    for (let i = 0; i < WAITING_GRANTS; i++) waiting.push(await driver.toDirector(first));

    let killing: Promise<void> | null = null;
    const load = await runLoad({
      driver,
      engines: () => [first],
      workers: 8,
      enough: () => killing !== null,
      onStep: (_step, result) => {
        if (!killing && result.acknowledged.length >= ACKS_BEFORE_KILL) killing = first.kill();
      },
    });
    await killing;

    const atKill = { outbox: await countByStatus(services.probe, 'outbox_messages'), timers: await countByStatus(services.probe, 'timers') };
    // Deadlines an hour out fall due while the engine is down: only the restarted engine can fire them.
    expect(await expireTimers(services.probe, DIRECTOR_SLA_TIMER)).toBe(WAITING_GRANTS);

    const second = await EngineProcess.start(services.deployment);
    engines.push(second);
    await eventually(() => effectsSettled(services.probe, DIRECTOR_SLA_TIMER), 30_000);

    const whole = await instancesWhole(services.probe, load.acknowledged);
    const once = await exactlyOnce(services.probe, DIRECTOR_SLA_TIMER);
    console.log(
      [
        `SIGKILL on ${stack.name}`,
        `  acknowledged ${load.acknowledged.length}, unanswered or refused ${JSON.stringify(load.refused)}`,
        `  at the kill: outbox ${JSON.stringify(atKill.outbox)}, timers ${JSON.stringify(atKill.timers)}`,
        `  after restart: ${whole.instances} instances, ${whole.auditEntries} audit entries, ${once.timersFired} timers fired, ` +
          `${once.notifyMessages} notify messages → ${once.notifications} notices`,
      ].join('\n'),
    );
    expect(whole.lost).toEqual([]);
    expect(whole.broken).toEqual([]);
    expect(once.timerEventMismatches).toEqual([]);
    expect(once.deliveryMismatches).toEqual([]);
    expect(once.timersFired).toBe(WAITING_GRANTS);
    expect(load.acknowledged.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);

    // And through the API: each waiting grant shows the overdue decision once.
    const staff = await new Sessions().tokenOf(second, 'staff');
    for (const id of waiting) {
      const history = await second.request<Array<{ event: string }>>('GET', `/api/instances/${id}/history`, undefined, staff);
      expect(history.body.filter((entry) => entry.event === 'DIRECTOR_SLA_BREACHED')).toHaveLength(1);
    }
  });
});
