import { getShortestPaths } from 'xstate/graph';

import type { EventActor } from '@yilin/contracts';
import {
  InMemoryInstanceStore,
  SYSTEM_ACTOR,
  WorkflowRegistry,
  WorkflowRuntime,
  stateValueToString,
} from '@yilin/runtime';
// Every replayed event is checked against its policy's inline schema, so each path also proves its data.
import { inlineSchemaValidator } from '@yilin/runtime/testing';

import { grantApprovalDefinition } from './grant-approval.definition';
import { grantApprovalMachine } from './grant-approval.machine';
import type { GrantEvent } from './grant-approval.types';
import { type GrantSnapshot, T0, grantInput, people } from './testing/grant-approval.fixtures';
import { SMALL, abstractState, modelEvents, withinBounds } from './testing/grant-approval.model';

function newRuntime() {
  let now = new Date(T0);
  const store = new InMemoryInstanceStore();
  const runtime = new WorkflowRuntime({
    registry: new WorkflowRegistry([grantApprovalDefinition]),
    store,
    validator: inlineSchemaValidator(),
    clock: { now: () => now },
  });
  return { runtime, store, setNow: (at: string | Date) => (now = new Date(at)) };
}

const statusOf = (snapshot: GrantSnapshot) =>
  snapshot.status === 'done' ? 'done' : snapshot.hasTag('suspended') ? 'suspended' : 'active';

const startData = grantInput({ amount: SMALL }).data as unknown as Record<string, unknown>;

describe('grant approval through the runtime', () => {
  it('replays a shortest path to every state through the runtime, with the same states and statuses', async () => {
    const paths = getShortestPaths(grantApprovalMachine, {
      input: grantInput({ amount: SMALL }),
      events: modelEvents,
      filterEvents: withinBounds,
      serializeState: (snapshot: GrantSnapshot) => abstractState(snapshot),
      limit: 1_000_000,
    });
    const oneByState = new Map<string, (typeof paths)[number]>();
    for (const path of paths) {
      const key = stateValueToString(path.state.value);
      if (!oneByState.has(key)) oneByState.set(key, path);
    }
    expect(oneByState.size).toBeGreaterThanOrEqual(20);

    for (const path of oneByState.values()) {
      const { runtime, setNow } = newRuntime();
      setNow(T0);
      const started = await runtime.start({ workflow: 'grant-approval', data: startData, actor: people.alice });
      expect(started.state).toBe('draft');
      for (const { event, state } of path.steps) {
        if (event.type.startsWith('xstate.')) continue;
        const step = event as GrantEvent;
        setNow(step.at);
        const view = await runtime.send({
          instanceId: started.id,
          type: step.type,
          data: step.data as Record<string, unknown>,
          actor: step.actor,
        });
        expect([step.type, view.state, view.status]).toEqual([step.type, stateValueToString(state.value), statusOf(state)]);
      }
    }
  });

  it('keeps report timers durable: cancelled on suspension, re-armed on resumption, fired into overdue', async () => {
    const { runtime, store, setNow } = newRuntime();
    const send = (type: string, data: Record<string, unknown>, actor: EventActor) =>
      runtime.send({ instanceId: id, type, data, actor });
    const started = await runtime.start({ workflow: 'grant-approval', data: startData, actor: people.alice });
    const id = started.id;
    await send('SUBMIT', {}, people.alice);
    await send('ACCEPT', { reviewerIds: ['rita', 'ravi'] }, people.sam);
    await send('SCORE', { score: 80, comment: 'sound' }, people.rita);
    await send('SCORE', { score: 70, comment: 'fair' }, people.ravi);
    expect((await store.listPendingTimers({ limit: 10 })).map((timer) => timer.name)).toEqual(['director-sla']);
    await send('APPROVE', {}, people.dora);
    expect(await store.listPendingTimers({ limit: 10 })).toEqual([]);
    await send('FUNDS_RESERVED', { reservationId: 'res-9' }, SYSTEM_ACTOR);
    await send('CONFIRM_AGREEMENT', {}, people.alice);
    const armed = await store.listPendingTimers({ limit: 10 });
    expect(armed.map((timer) => timer.name).sort()).toEqual(['report-midterm-due', 'report-midterm-reminder']);

    await expect(send('CONFIRM_AGREEMENT', {}, people.sam)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(send('DISBURSE_TRANCHE', { tranche: 2 }, people.sam)).rejects.toMatchObject({ code: 'EVENT_REJECTED' });
    await expect(send('DISBURSE_TRANCHE', { tranche: 0 }, people.sam)).rejects.toMatchObject({ code: 'INVALID_DATA' });
    await send('DISBURSE_TRANCHE', { tranche: 1 }, people.sam);

    const suspended = await send('SUSPEND', { reviewId: 'sr-1', reason: 'complaint' }, SYSTEM_ACTOR);
    expect(suspended.status).toBe('suspended');
    // Only the review that suspended it lifts the suspension: nobody acts on the grant meanwhile.
    expect((await runtime.get(id, people.vera)).allowedEvents).toEqual([]);
    await expect(send('RESUME', { reviewId: 'sr-1' }, people.vera)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await store.listPendingTimers({ limit: 10 })).toEqual([]);
    await expect(
      send('SUBMIT_REPORT', { kind: 'midterm', spent: 0, summary: 'x' }, people.alice),
    ).rejects.toMatchObject({ code: 'EVENT_NOT_ALLOWED' });

    const resumed = await send('RESUME', { reviewId: 'sr-1' }, SYSTEM_ACTOR);
    expect(resumed.state).toBe(
      'granted.delivery.disbursement.awaitingTranche,granted.delivery.reports.midterm.upcoming',
    );
    const due = (await store.listPendingTimers({ limit: 10 })).find((timer) => timer.name === 'report-midterm-due');
    expect(due).toBeDefined();
    setNow(new Date(due!.dueAt.getTime() + 1));
    expect(await runtime.fireTimer(due!.id)).toBe('fired');
    const overdue = await runtime.get(id, people.sam);
    expect(overdue.state).toContain('granted.delivery.reports.midterm.overdue');
    const outbox = await store.listOutbox({ status: 'pending', limit: 100 });
    expect(outbox.map((message) => message.type)).toEqual(expect.arrayContaining(['reserveFunds', 'disburseFunds', 'notify']));
  });

  it('refuses a draft above the programme maximum when it is saved, saying why in both languages', async () => {
    const { runtime } = newRuntime();
    const refused = runtime.start({ workflow: 'grant-approval', data: { ...startData, amount: 10_000_001 }, actor: people.alice });
    await expect(refused).rejects.toMatchObject({
      code: 'EVENT_REJECTED',
      refusal: { reason: 'AMOUNT_ABOVE_PROGRAMME_MAX', message: { zh: expect.stringContaining('最高资助额') } },
      details: { state: 'start', maxAmount: 10_000_000 },
    });
  });

  it('refuses an edit above the programme maximum with the same reason', async () => {
    const { runtime } = newRuntime();
    const started = await runtime.start({ workflow: 'grant-approval', data: startData, actor: people.alice });
    await expect(
      runtime.send({ instanceId: started.id, type: 'UPDATE_DRAFT', data: { amount: 10_000_001 }, actor: people.alice }),
    ).rejects.toMatchObject({ code: 'EVENT_REJECTED', refusal: { reason: 'AMOUNT_ABOVE_PROGRAMME_MAX' } });
  });
});
