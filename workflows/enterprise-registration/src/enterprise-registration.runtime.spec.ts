import type { EventActor } from '@yilin/contracts';
import { InMemoryInstanceStore, SYSTEM_ACTOR, WorkflowRegistry, WorkflowRuntime } from '@yilin/runtime';

import { enterpriseRegistrationDefinition } from './enterprise-registration.definition';
import type { RegistrationFiling } from './enterprise-registration.types';

const actor = (id: string, ...roles: EventActor['roles']): EventActor => ({ id, username: id, roles });
const founder = actor('f1', 'applicant');
const officer = actor('s2', 'staff');

const filing: RegistrationFiling = {
  enterpriseName: '黉门宜邻居民服务有限公司',
  founder: { name: '张三' },
  addresses: [{ address: '玉林街道黉门街1号' }],
  businessScope: '社区居民服务',
  materials: ['charter'],
  config: {
    deadlineWorkingDays: 5,
    calendar: {
      holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
      makeUpWorkingDays: ['2026-09-20', '2026-10-10'],
    },
    requiredMaterials: ['charter', 'lease'],
    certification: { distributionCapPercent: 35 },
  },
};

describe('enterprise-registration through the runtime', () => {
  let now: Date;
  let store: InMemoryInstanceStore;
  let runtime: WorkflowRuntime;

  beforeEach(() => {
    now = new Date('2026-09-28T01:00:00.000Z');
    store = new InMemoryInstanceStore();
    runtime = new WorkflowRuntime({
      registry: new WorkflowRegistry([enterpriseRegistrationDefinition]),
      store,
      validator: { validate: async () => ({ issues: [] }) },
      clock: { now: () => now },
    });
  });

  const later = (hours: number) => {
    now = new Date(now.getTime() + hours * 3_600_000);
  };
  const pendingTimers = () => store.listPendingTimers({ limit: 10 });
  const outboxTypes = async () => (await store.listOutbox({ status: 'pending', limit: 100 })).map((row) => row.type);

  it('keeps durable timers in step with the clock and escalates a breach to a supervisory review', async () => {
    const started = await runtime.start({ workflow: 'enterprise-registration', data: { ...filing }, actor: founder });
    const id = started.id;
    expect(started.state).toBe('processing.precheck');
    expect(await pendingTimers()).toEqual([
      expect.objectContaining({ name: 'deadline', dueAt: new Date('2026-10-10T16:00:00.000Z') }),
    ]);

    later(2);
    await runtime.send({ instanceId: id, type: 'NOTIFY_MISSING', data: { items: ['lease'] }, actor: officer });
    expect(await pendingTimers()).toEqual([]);
    await expect(
      runtime.send({ instanceId: id, type: 'COMPLETE', data: {}, actor: officer }),
    ).rejects.toMatchObject({ code: 'EVENT_NOT_ALLOWED' });

    later(24);
    await runtime.send({ instanceId: id, type: 'SUPPLY_MATERIALS', data: { materials: ['lease'] }, actor: founder });
    const [deadline] = await pendingTimers();
    expect(deadline.name).toBe('deadline');

    now = new Date(deadline.dueAt.getTime() + 1);
    expect(await runtime.fireTimer(deadline.id)).toBe('fired');
    expect(await outboxTypes()).toEqual(expect.arrayContaining(['startInstance', 'notify']));

    await runtime.send({ instanceId: id, type: 'COMPLETE', data: {}, actor: officer });
    await expect(
      runtime.send({ instanceId: id, type: 'NAME_CLEARED', data: {}, actor: founder }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await runtime.send({ instanceId: id, type: 'NAME_CLEARED', data: {}, actor: SYSTEM_ACTOR });
    await runtime.send({ instanceId: id, type: 'ADDRESSES_CLEARED', data: { sharedWith: [] }, actor: SYSTEM_ACTOR });
    await runtime.send({ instanceId: id, type: 'APPROVE', data: {}, actor: officer });
    const registered = await runtime.send({
      instanceId: id,
      type: 'LICENCE_ISSUED',
      data: { registrationNo: '91510107MA6XYZ1234' },
      actor: SYSTEM_ACTOR,
    });
    expect(registered.state).toBe('registered');
    expect(registered.view).toMatchObject({ deadlineBreached: true, registrationNo: '91510107MA6XYZ1234' });
    const offeredToFounder = (await runtime.get(id, founder)).allowedEvents.map((event) => event.type).sort();
    expect(offeredToFounder).toEqual(['APPLY_CERTIFICATION', 'CLOSE']);
    expect(await outboxTypes()).toEqual(expect.arrayContaining(['checkName', 'checkAddresses', 'issueLicence']));

    const closed = await runtime.send({ instanceId: id, type: 'CLOSE', data: {}, actor: founder });
    expect(closed.status).toBe('done');
  });

  it('lets the founder a filing was made for see it and confirm it, and nobody else', async () => {
    const window = actor('s1', 'staff');
    const stranger = actor('a9', 'applicant');
    const data = { ...filing, materials: ['charter', 'lease'], onBehalfOf: { founderUserId: founder.id } };
    const { id } = await runtime.start({ workflow: 'enterprise-registration', data, actor: window });
    const seen = await runtime.get(id, founder);
    expect(seen).toMatchObject({ state: 'awaitingConfirmation', view: { filedBy: 'staff', filedByStaff: { role: 'staff' } } });
    expect(seen.allowedEvents.map((event) => event.type).sort()).toEqual(['CONFIRM', 'WITHDRAW']);
    await expect(runtime.send({ instanceId: id, type: 'CONFIRM', data: {}, actor: stranger })).rejects.toMatchObject({
      code: 'INSTANCE_NOT_FOUND',
    });
    const confirmed = await runtime.send({ instanceId: id, type: 'CONFIRM', data: {}, actor: founder });
    expect(confirmed.state).toBe('processing.precheck');
    expect((await runtime.list({ actor: founder })).items.map((item) => item.id)).toContain(id);
  });

  it('rejects what the rules refuse with the runtime’s codes', async () => {
    const { id } = await runtime.start({ workflow: 'enterprise-registration', data: { ...filing }, actor: founder });
    await expect(
      runtime.send({ instanceId: id, type: 'NOTIFY_MISSING', data: { items: [] }, actor: officer }),
    ).rejects.toMatchObject({ code: 'EVENT_REJECTED', refusal: { reason: 'NOTICE_ITEMS_INVALID' } });
    await expect(
      runtime.send({ instanceId: id, type: 'APPROVE', data: {}, actor: officer }),
    ).rejects.toMatchObject({ code: 'EVENT_NOT_ALLOWED' });
  });
});
