import { DIRECTOR_SLA_TIMER, GrantDriver } from '@test/faults/support/grant-driver';
import { exactlyOnce, expireTimers, effectsSettled, instancesWhole } from '@test/faults/support/effect-ledger';
import { EngineProcess, Sessions } from '@test/faults/support/engine-process';
import { type LoadResult, runLoad } from '@test/faults/support/load';
import { eventually } from '@test/faults/support/ports';
import { mariadbRedisStack, type OpenStack } from '@test/faults/support/stacks';

const EVENTS_PER_RUN = 240;
const WORKERS = 8;
const WAITING_GRANTS = 8;

describe('two engine processes sharing one MariaDB and one Redis', () => {
  let services: OpenStack;
  const engines: EngineProcess[] = [];

  beforeAll(async () => {
    services = await mariadbRedisStack.open();
  });
  afterAll(async () => {
    await Promise.all(engines.map((engine) => engine.kill()));
    await services?.close();
  });

  it('take the same load as one, and handle every timer and side effect exactly once in effect', async () => {
    const first = await EngineProcess.start(services.deployment, { seedDemo: true });
    engines.push(first);
    const driver = new GrantDriver(new Sessions());
    await driver.setup(first);
    const load = (over: EngineProcess[]) =>
      runLoad({ driver, engines: () => over, workers: WORKERS, enough: (result) => result.acknowledged.length >= EVENTS_PER_RUN });

    const alone = await load([first]);
    const second = await EngineProcess.start(services.deployment);
    engines.push(second);
    const together = await load([first, second]);

    // Grants reach the director through both processes, each starting a durable SLA timer.
    const waiting: string[] = [];
    for (let i = 0; i < WAITING_GRANTS; i++) waiting.push(await driver.toDirector(engines[i % 2]));
    expect(await expireTimers(services.probe, DIRECTOR_SLA_TIMER)).toBe(WAITING_GRANTS);
    await eventually(() => effectsSettled(services.probe, DIRECTOR_SLA_TIMER), 30_000);

    const whole = await instancesWhole(services.probe, [...alone.acknowledged, ...together.acknowledged]);
    const once = await exactlyOnce(services.probe, DIRECTOR_SLA_TIMER);
    const row = (label: string, result: LoadResult) =>
      `  ${label.padEnd(13)} ${String(result.acknowledged.length).padStart(6)} ${String(result.perSecond).padStart(9)} ${String(result.p99Ms).padStart(8)}`;
    console.log(
      [
        `Scale-out on MariaDB + Bull on Redis (${WORKERS} concurrent clients, grant drafts: start, edit, edit, submit)`,
        `  processes     events  events/s  p99 ms`,
        row('one (all)', alone),
        row('two (all+all)', together),
        `  then ${once.timersFired} timers fired, ${once.notifyMessages} notify messages → ${once.notifications} notices, ` +
          `${whole.instances} instances with ${whole.auditEntries} audit entries`,
      ].join('\n'),
    );

    for (const result of [alone, together]) {
      expect(result.refused).toEqual({});
      expect(result.acknowledged.length).toBeGreaterThanOrEqual(EVENTS_PER_RUN);
    }
    expect(whole.lost).toEqual([]);
    expect(whole.broken).toEqual([]);
    expect(once.timersFired).toBe(WAITING_GRANTS);
    expect(once.timerEventMismatches).toEqual([]);
    expect(once.deliveryMismatches).toEqual([]);
  });
});
