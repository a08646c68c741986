import type { EventActor, FieldIssue, InstanceStatus } from '@yilin/contracts';

import { WorkflowRegistry } from '../definitions/workflow-registry';
import { WorkflowRuntime } from '../engine/workflow-runtime';
import { RuntimeError, type RuntimeErrorCode } from '../errors/runtime.error';
import { DefinitionMigrator } from '../migration/definition-migrator';
import type { InstanceRecord, OutboxRecord, TimerRecord } from '../ports/records';
import type { InstanceStore } from '../ports/instance-store.port';
import { OutboxProcessor } from '../outbox/outbox-processor';
import { ulid } from '../util/ulid.util';
import { actor, ada, alice, bob, sam, vera } from './actors';
import { ManualClock } from './manual-clock';
import { inlineSchemaValidator } from './schema-validator';
import { ticketDefinitionV1, ticketDefinitionV2, ticketFacts } from './ticket-workflow';

export interface StoreHarness {
  store: InstanceStore;
  close?(): Promise<void>;
}

const HOUR = 3_600_000;

async function refusal(promise: Promise<unknown>): Promise<RuntimeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RuntimeError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/**
 * What every InstanceStore adapter must give the runtime. Run against the in-memory store here and
 * against SQLite and MariaDB in the engine's integration tests.
 */
export function describeRuntimeContract(name: string, openStore: () => Promise<StoreHarness>): void {
  describe(`workflow runtime on ${name}`, () => {
    let harness: StoreHarness;
    let clock: ManualClock;
    let runtime: WorkflowRuntime;
    let dispatched: { outbox: OutboxRecord[]; timers: TimerRecord[]; cancelledTimerIds: string[] }[];

    beforeAll(async () => {
      harness = await openStore();
    });
    afterAll(async () => {
      await harness.close?.();
    });
    beforeEach(() => {
      clock = new ManualClock();
      dispatched = [];
      runtime = new WorkflowRuntime({
        registry: new WorkflowRegistry([ticketDefinitionV1]),
        store: harness.store,
        validator: inlineSchemaValidator(),
        clock,
        dispatcher: { dispatch: (effects) => dispatched.push(effects) },
      });
    });

    const openTicket = (subject = 'Broken lamp') =>
      runtime.start({ workflow: 'ticket', data: { subject }, actor: alice });

    it('starts an instance owned by its creator and audits every step, oldest first', async () => {
      const ticket = await openTicket();
      expect(ticket).toMatchObject({ workflow: 'ticket', version: 1, state: 'live.open', status: 'active', revision: 1, ownerId: 'alice' });
      expect(ticket.allowedEvents.map((e) => e.type).sort()).toEqual(['COMMENT']);

      clock.advance(1000);
      await runtime.send({ instanceId: ticket.id, type: 'ASSIGN', data: { assignee: 'sam' }, actor: sam });
      const history = await runtime.history(ticket.id, alice);
      expect(history.map((h) => [h.revision, h.event, h.fromState, h.toState])).toEqual([
        [1, 'start', null, 'live.open'],
        [2, 'ASSIGN', 'live.open', 'live.assigned'],
      ]);
      expect(history[1]).toMatchObject({ actor: { role: 'staff', name: null }, data: { assignee: 'sam' } });
    });

    it('applies 50 concurrent events on one instance without losing any, revisions contiguous', async () => {
      const ticket = await openTicket();
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) =>
          runtime.send({ instanceId: ticket.id, type: 'COMMENT', data: { text: `note ${i}` }, actor: alice }),
        ),
      );
      const applied = results.filter((r) => r.status === 'fulfilled').length;
      const refused = results.filter((r) => r.status === 'rejected');
      refused.forEach((r) => expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'REVISION_CONFLICT' }));
      const after = await runtime.get(ticket.id, alice);
      expect((await runtime.select(ticket.id, alice, ticketFacts)).comments).toBe(applied);
      expect(after.revision).toBe(1 + applied);
      const revisions = (await runtime.history(ticket.id, alice)).map((h) => h.revision);
      expect(revisions).toEqual(Array.from({ length: applied + 1 }, (_, i) => i + 1));
      expect(applied).toBe(50);
    });

    it('finds instances by part of a business key, however it is spaced or cased, only for those who see them', async () => {
      const lamp = await openTicket(`Lamp ${ulid()} at Yulin East Road`);
      const other = await runtime.start({ workflow: 'ticket', data: { subject: `Bench ${ulid()} at yulin east road` }, actor: bob });
      const found = async (who: EventActor, search: string) =>
        (await runtime.list({ actor: who, workflow: 'ticket', search, limit: 200 })).items.map((item) => item.id);

      expect(await found(sam, 'YULIN east-ROAD')).toEqual(expect.arrayContaining([lamp.id, other.id]));
      expect(await found(sam, lamp.subject!.slice(5, 20).toLowerCase())).toEqual([lamp.id]);
      expect(await found(alice, 'yulin east road')).toContain(lamp.id);
      expect(await found(alice, 'yulin east road')).not.toContain(other.id);
      const dora = actor('dora-finds', 'applicant');
      expect(await found(dora, lamp.subject!.slice(5, 20))).toEqual([]);
      expect(await found(sam, 'nothing is called this')).toEqual([]);

      await runtime.send({ instanceId: lamp.id, type: 'WATCH', data: { userId: 'dora-finds' }, actor: sam });
      expect(await found(dora, lamp.subject!.slice(5, 20))).toEqual([lamp.id]);
      const [row] = (await runtime.list({ actor: sam, workflow: 'ticket', search: lamp.subject!, limit: 5 })).items;
      expect(row).toMatchObject({ id: lamp.id, subject: lamp.subject });
    });

    it('keeps the moment an instance reached its state through steps that stay in it', async () => {
      const ticket = await openTicket();
      const opened = (await runtime.get(ticket.id, alice)).stateEnteredAt;
      clock.advance(5 * HOUR);
      await runtime.send({ instanceId: ticket.id, type: 'COMMENT', data: { text: 'still open' }, actor: alice });
      const commented = await runtime.get(ticket.id, alice);
      expect(commented.stateEnteredAt).toBe(opened);
      expect(commented.updatedAt).not.toBe(opened);
      clock.advance(HOUR);
      await runtime.send({ instanceId: ticket.id, type: 'ASSIGN', data: { assignee: 'sam' }, actor: sam });
      const assigned = await runtime.get(ticket.id, alice);
      expect(Date.parse(assigned.stateEnteredAt) - Date.parse(opened)).toBe(6 * HOUR);
    });

    it('refuses a stale expected revision with a conflict', async () => {
      const ticket = await openTicket();
      await runtime.send({ instanceId: ticket.id, type: 'COMMENT', data: { text: 'a' }, actor: alice, expectedRevision: 1 });
      const error = await refusal(
        runtime.send({ instanceId: ticket.id, type: 'COMMENT', data: { text: 'b' }, actor: alice, expectedRevision: 1 }),
      );
      expect(error.code).toBe('REVISION_CONFLICT');
      expect(error.details).toEqual({ revision: 2 });
    });

    it('answers a retried request with its first result and applies it once', async () => {
      const ticket = await openTicket();
      const send = () =>
        runtime.send({ instanceId: ticket.id, type: 'COMMENT', data: { text: 'once' }, actor: alice, idempotencyKey: 'k-1' });
      const first = await send();
      const retries = await Promise.all([send(), send(), send()]);
      retries.forEach((retry) => expect(retry).toEqual(first));
      expect((await runtime.select(ticket.id, alice, ticketFacts)).comments).toBe(1);

      const reused = await refusal(
        runtime.send({ instanceId: ticket.id, type: 'COMMENT', data: { text: 'other' }, actor: alice, idempotencyKey: 'k-1' }),
      );
      expect(reused.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('applies concurrent first attempts with one key exactly once', async () => {
      const ticket = await openTicket();
      const results = await Promise.all(
        Array.from({ length: 8 }, () =>
          runtime.send({ instanceId: ticket.id, type: 'COMMENT', data: { text: 'x' }, actor: alice, idempotencyKey: 'k-2' }),
        ),
      );
      expect(new Set(results.map((r) => r.revision))).toEqual(new Set([2]));
      expect((await runtime.get(ticket.id, alice)).revision).toBe(2);
    });

    it.each<[string, () => Promise<unknown>, RuntimeErrorCode]>([
      ['an applicant assigning', () => openTicket().then((t) => runtime.send({ instanceId: t.id, type: 'ASSIGN', data: { assignee: 'x' }, actor: alice })), 'FORBIDDEN'],
      ['another applicant reading', () => openTicket().then((t) => runtime.get(t.id, bob)), 'INSTANCE_NOT_FOUND'],
      ['another applicant commenting', () => openTicket().then((t) => runtime.send({ instanceId: t.id, type: 'COMMENT', data: { text: 'x' }, actor: bob })), 'INSTANCE_NOT_FOUND'],
      ['an unknown event', () => openTicket().then((t) => runtime.send({ instanceId: t.id, type: 'FLY', actor: sam })), 'UNKNOWN_EVENT'],
      ['a system event from a person', () => openTicket().then((t) => runtime.send({ instanceId: t.id, type: 'SLA_BREACHED', actor: vera })), 'FORBIDDEN'],
      ['an event the state does not take', () => openTicket().then((t) => runtime.send({ instanceId: t.id, type: 'RESOLVE', actor: sam })), 'EVENT_NOT_ALLOWED'],
      ['a guard that says no', () => runtime.start({ workflow: 'ticket', data: { subject: 's' }, actor: sam }).then((own) => runtime.send({ instanceId: own.id, type: 'ASSIGN', data: { assignee: 'sam' }, actor: sam })), 'EVENT_REJECTED'],
      ['a start by a role that may not', () => runtime.start({ workflow: 'ticket', data: { subject: 's' }, actor: vera }), 'FORBIDDEN'],
      ['an unknown workflow', () => runtime.start({ workflow: 'nope', actor: alice }), 'WORKFLOW_NOT_FOUND'],
      ['a missing instance', () => runtime.get('01NOPE', sam), 'INSTANCE_NOT_FOUND'],
    ])('refuses %s', async (_, attempt, code) => {
      expect((await refusal(attempt())).code).toBe(code);
    });

    it('names the rule that refused, in both languages', async () => {
      const own = await runtime.start({ workflow: 'ticket', data: { subject: 's' }, actor: sam });
      const error = await refusal(runtime.send({ instanceId: own.id, type: 'ASSIGN', data: { assignee: 'sam' }, actor: sam }));
      expect(error.refusal).toEqual({
        reason: 'ASSIGNEE_IS_OPENER',
        message: { zh: '不能指派给提单人', en: 'The opener cannot be the assignee' },
      });
      expect(error.message).toBe('The opener cannot be the assignee');
    });

    it('lists the events allowed now when refusing one', async () => {
      const ticket = await openTicket();
      const error = await refusal(runtime.send({ instanceId: ticket.id, type: 'RESOLVE', actor: sam }));
      expect(error.details).toEqual({ state: 'live.open', allowedEvents: expect.arrayContaining(['ASSIGN', 'COMMENT']) });
    });

    it('refuses invalid data with field paths and changes nothing', async () => {
      const ticket = await openTicket();
      const error = await refusal(runtime.send({ instanceId: ticket.id, type: 'ASSIGN', data: {}, actor: sam }));
      expect(error.code).toBe('INVALID_DATA');
      expect(error.details as FieldIssue[]).toEqual([expect.objectContaining({ path: '/assignee', keyword: 'required' })]);
      expect((await runtime.get(ticket.id, sam)).revision).toBe(1);
      const startError = await refusal(runtime.start({ workflow: 'ticket', data: { subject: '' }, actor: alice }));
      expect(startError.details as FieldIssue[]).toEqual([expect.objectContaining({ path: '/subject', keyword: 'minLength' })]);
    });

    it('keeps timers durable: due once, never early, cancelled when no longer wanted', async () => {
      const ticket = await openTicket();
      await runtime.send({ instanceId: ticket.id, type: 'ASSIGN', data: { assignee: 'sam' }, actor: sam });
      const [timer] = dispatched.flatMap((d) => d.timers);
      expect(timer).toMatchObject({ name: 'sla', instanceId: ticket.id, status: 'pending' });
      expect(timer.dueAt.toISOString()).toBe(new Date(clock.now().getTime() + HOUR).toISOString());
      const pending = await harness.store.listPendingTimers({ dueBefore: new Date(clock.now().getTime() + 2 * HOUR), limit: 1000 });
      expect(pending.map((t) => t.id)).toContain(timer.id);

      expect(await runtime.fireTimer(timer.id)).toBe('not-due');
      clock.advance(HOUR);
      const outcomes = await Promise.all([runtime.fireTimer(timer.id), runtime.fireTimer(timer.id)]);
      expect(outcomes.sort()).toEqual(['fired', 'gone']);
      expect((await runtime.select(ticket.id, sam, ticketFacts)).breached).toBe(true);
      const history = await runtime.history(ticket.id, sam);
      expect(history[history.length - 1]).toMatchObject({ event: 'SLA_BREACHED', actor: { role: 'system', name: null } });

      const second = await openTicket();
      await runtime.send({ instanceId: second.id, type: 'ASSIGN', data: { assignee: 'sam' }, actor: sam });
      const secondTimer = dispatched.flatMap((d) => d.timers).find((t) => t.instanceId === second.id)!;
      await runtime.send({ instanceId: second.id, type: 'RESOLVE', actor: sam });
      expect(dispatched[dispatched.length - 1].cancelledTimerIds).toEqual([secondTimer.id]);
      clock.advance(2 * HOUR);
      expect(await runtime.fireTimer(secondTimer.id)).toBe('gone');
      expect((await runtime.get(second.id, sam)).status).toBe('done');
    });

    it('fires a batch of timers across instances in one go, each once, as firing them one by one would', async () => {
      const tickets = [await openTicket('Lamp 1'), await openTicket('Lamp 2'), await openTicket('Lamp 3')];
      for (const ticket of tickets) {
        await runtime.send({ instanceId: ticket.id, type: 'ASSIGN', data: { assignee: 'sam' }, actor: sam });
      }
      const slas = tickets.map((ticket) => dispatched.flatMap((d) => d.timers).find((t) => t.instanceId === ticket.id)!);
      // A second timer on the first ticket, and one whose event its state no longer listens to.
      const extra = (name: string, type: string, instanceId: string): TimerRecord => ({
        ...slas[0], id: ulid(clock.now().getTime()), instanceId, name, event: { type },
      });
      const again = extra('again', 'SLA_BREACHED', tickets[0].id);
      const unheard = extra('unheard', 'RELEASE', tickets[1].id);
      await harness.store.transaction((tx) => tx.addTimers([again, unheard]));
      await runtime.send({ instanceId: tickets[2].id, type: 'RESOLVE', actor: sam });
      const ids = [...slas.map((t) => t.id), again.id, unheard.id, 'no-such-timer'];

      expect([...(await runtime.fireTimers(ids)).values()].filter((o) => o !== 'not-due')).toEqual(['gone', 'gone']);
      clock.advance(HOUR);
      dispatched.length = 0;
      const outcomes = await runtime.fireTimers(ids);
      expect(Object.fromEntries(outcomes)).toEqual({
        [slas[0].id]: 'fired',
        [slas[1].id]: 'fired',
        [slas[2].id]: 'gone',
        [again.id]: 'fired',
        [unheard.id]: 'skipped',
        'no-such-timer': 'gone',
      });
      const first = await runtime.history(tickets[0].id, sam);
      expect(first.slice(-2).map((h) => [h.revision, h.event])).toEqual([[3, 'SLA_BREACHED'], [4, 'SLA_BREACHED']]);
      expect((await runtime.select(tickets[1].id, sam, ticketFacts)).breached).toBe(true);
      const notices = dispatched.flatMap((d) => d.outbox).filter((m) => m.payload.template === 'ticket.sla-breached');
      expect(notices.map((m) => m.instanceId).sort()).toEqual([tickets[0].id, tickets[0].id, tickets[1].id]);
      expect([...(await runtime.fireTimers(ids)).values()].every((o) => o === 'gone')).toBe(true);
      expect(await harness.store.listPendingTimers({ limit: 1000 })).not.toContainEqual(expect.objectContaining({ instanceId: tickets[0].id }));
    });

    it('records effects in the outbox and delivers each with retries, failing visibly at the end', async () => {
      const ticket = await openTicket();
      await runtime.send({ instanceId: ticket.id, type: 'ASSIGN', data: { assignee: 'sam' }, actor: sam });
      const [message] = dispatched.flatMap((d) => d.outbox);
      expect(message).toMatchObject({ type: 'notify', status: 'pending', payload: { template: 'ticket.assigned', to: { userIds: ['sam'] } } });

      const delivered: string[] = [];
      const processor = new OutboxProcessor(harness.store).register('notify', async (m) => {
        delivered.push(m.id);
      });
      expect(await processor.process(message.id, false)).toBe('done');
      expect(await processor.process(message.id, false)).toBe('skipped');
      expect(delivered).toEqual([message.id]);

      const failing = new OutboxProcessor(harness.store).register('notify', async () => {
        throw new Error('mail server down');
      });
      clock.advance(HOUR);
      await runtime.fireTimer(dispatched.flatMap((d) => d.timers)[0].id);
      const breachNotice = dispatched.flatMap((d) => d.outbox).find((m) => m.payload.template === 'ticket.sla-breached')!;
      await expect(failing.process(breachNotice.id, false)).rejects.toThrow('mail server down');
      await expect(failing.process(breachNotice.id, true)).rejects.toThrow('mail server down');
      expect(await harness.store.findOutbox(breachNotice.id)).toMatchObject({ status: 'failed', attempts: 2, lastError: 'mail server down' });
      expect((await harness.store.listOutbox({ status: 'failed', limit: 1000 })).map((m) => m.id)).toContain(breachNotice.id);
      await failing.reset(breachNotice.id);
      expect(await processor.process(breachNotice.id, false)).toBe('done');
    });

    it('suspends and resumes to exactly the state it left', async () => {
      const ticket = await openTicket();
      await runtime.send({ instanceId: ticket.id, type: 'ASSIGN', data: { assignee: 'sam' }, actor: sam });
      const held = await runtime.send({ instanceId: ticket.id, type: 'HOLD', actor: vera });
      expect(held).toMatchObject({ state: 'onHold', status: 'suspended' });
      expect((await refusal(runtime.send({ instanceId: ticket.id, type: 'RESOLVE', actor: sam }))).code).toBe('EVENT_NOT_ALLOWED');
      const released = await runtime.send({ instanceId: ticket.id, type: 'RELEASE', actor: vera });
      expect(released).toMatchObject({ state: 'live.assigned', status: 'active' });
    });

    it('lists only what the caller may see, newest first, page by page', async () => {
      const mine = [await openTicket('one'), await openTicket('two'), await openTicket('three')];
      const theirs = await runtime.start({ workflow: 'ticket', data: { subject: 'theirs' }, actor: bob });
      const page1 = await runtime.list({ actor: alice, workflow: 'ticket', limit: 2 });
      expect(page1.items.map((i) => i.id)).toEqual([mine[2].id, mine[1].id]);
      const page2 = await runtime.list({ actor: alice, workflow: 'ticket', limit: 2, cursor: page1.nextCursor! });
      expect(page2.items[0].id).toBe(mine[0].id);
      const all = await runtime.list({ actor: alice, limit: 200 });
      expect(all.items.every((i) => i.ownerId === 'alice')).toBe(true);
      const staffView = await runtime.list({ actor: sam, workflow: 'ticket', state: 'live', limit: 200 });
      expect(staffView.items.map((i) => i.id)).toContain(theirs.id);
      await runtime.send({ instanceId: mine[0].id, type: 'ASSIGN', data: { assignee: 'sam' }, actor: sam });
      const open = await runtime.list({ actor: sam, workflow: 'ticket', state: 'live.open', limit: 200 });
      expect(open.items.map((i) => i.id)).toEqual(expect.arrayContaining([mine[1].id, mine[2].id, theirs.id]));
      expect(open.items.map((i) => i.id)).not.toContain(mine[0].id);
      const assigned = await runtime.list({ actor: alice, workflow: 'ticket', state: 'live.assigned', limit: 200 });
      expect(assigned.items.map((i) => i.id)).toContain(mine[0].id);
      expect(assigned.items.every((i) => i.ownerId === 'alice' && i.state === 'live.assigned')).toBe(true);
    });

    it('lists what waits for each person: instances where they may act now', async () => {
      const waiting = await openTicket('task');
      const resolved = await openTicket('done already');
      await runtime.send({ instanceId: resolved.id, type: 'ASSIGN', data: { assignee: 'sam' }, actor: sam });
      await runtime.send({ instanceId: resolved.id, type: 'RESOLVE', actor: sam });
      const staffTasks = await runtime.tasks({ actor: sam, workflow: 'ticket', limit: 200 });
      expect(staffTasks.items.map((i) => i.id)).toContain(waiting.id);
      expect(staffTasks.items.map((i) => i.id)).not.toContain(resolved.id);
      expect(staffTasks.items.every((i) => i.allowedEvents.length > 0)).toBe(true);
      const bobsTasks = await runtime.tasks({ actor: bob, limit: 200 });
      expect(bobsTasks.items.every((i) => i.ownerId === 'bob' || i.id !== waiting.id)).toBe(true);
      const firstTwo = await runtime.tasks({ actor: sam, workflow: 'ticket', limit: 2 });
      expect(firstTwo.items).toHaveLength(2);
      const rest = await runtime.tasks({ actor: sam, workflow: 'ticket', limit: 200, cursor: firstTwo.nextCursor! });
      expect(rest.items.map((i) => i.id)).not.toContain(firstTwo.items[0].id);
    });

    it('keeps each task list exactly the visible active instances where that person may act, step after step', async () => {
      const dora = actor('dora', 'applicant');
      const everyone = [alice, bob, dora, sam, vera, ada, actor('rex', 'reviewer')];
      const tickets = [await openTicket('t1'), await openTicket('t2'), await openTicket('t3')];
      tickets.push(await runtime.start({ workflow: 'ticket', data: { subject: 't4' }, actor: bob }));
      const [watched, held, resolved, bobs] = tickets;
      const expectTasksToMatchViews = async () => {
        for (const person of everyone) {
          const waiting: string[] = [];
          for (const ticket of tickets) {
            const view = await runtime.get(ticket.id, person).catch(() => null);
            if (view?.status === 'active' && view.allowedEvents.some((allowed) => !allowed.optional)) waiting.push(ticket.id);
          }
          const listed = (await runtime.tasks({ actor: person, workflow: 'ticket', limit: 200 })).items.map((item) => item.id);
          expect({ person: person.id, tasks: listed.filter((id) => tickets.some((ticket) => ticket.id === id)).sort() }).toEqual({
            person: person.id,
            tasks: waiting.sort(),
          });
        }
      };
      await expectTasksToMatchViews();
      await runtime.send({ instanceId: watched.id, type: 'WATCH', data: { userId: 'dora' }, actor: sam });
      await runtime.send({ instanceId: held.id, type: 'HOLD', actor: vera });
      await runtime.send({ instanceId: resolved.id, type: 'ASSIGN', data: { assignee: 'sam' }, actor: sam });
      await runtime.send({ instanceId: resolved.id, type: 'RESOLVE', actor: sam });
      await expectTasksToMatchViews();
      expect((await runtime.tasks({ actor: dora, limit: 200 })).items.map((item) => item.id)).toEqual([watched.id]);
      expect((await runtime.tasks({ actor: sam, limit: 200 })).items.map((item) => item.id)).not.toContain(held.id);
      await runtime.send({ instanceId: held.id, type: 'RELEASE', actor: vera });
      await runtime.send({ instanceId: bobs.id, type: 'COMMENT', data: { text: 'still broken' }, actor: bob });
      await expectTasksToMatchViews();
      expect((await runtime.tasks({ actor: sam, limit: 200 })).items.map((item) => item.id)).toContain(held.id);
    });

    it('pages through everything a caller may see, without duplicates or gaps', async () => {
      const carol = actor('carol', 'applicant');
      const alices = [await openTicket('a1'), await openTicket('a2'), await openTicket('a3'), await openTicket('a4')];
      const carols = [];
      for (const subject of ['c1', 'c2', 'c3']) carols.push(await runtime.start({ workflow: 'ticket', data: { subject }, actor: carol }));
      for (const watched of [alices[0], alices[2]]) {
        await runtime.send({ instanceId: watched.id, type: 'WATCH', data: { userId: 'carol' }, actor: sam });
      }
      const pageThrough = async (who: EventActor) => {
        const ids: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await runtime.list({ actor: who, limit: 2, cursor });
          ids.push(...page.items.map((item) => item.id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        return ids;
      };
      for (const who of [alice, carol, sam]) {
        const paged = await pageThrough(who);
        const whole = (await runtime.list({ actor: who, limit: 200 })).items.map((item) => item.id);
        expect(new Set(paged).size).toBe(paged.length);
        expect(paged).toEqual(whole);
        expect([...paged].sort().reverse()).toEqual(paged);
      }
      const carolSees = await pageThrough(carol);
      expect([...carolSees].sort()).toEqual([...carols.map((t) => t.id), alices[0].id, alices[2].id].sort());
      expect(await pageThrough(sam)).toEqual(expect.arrayContaining([...alices, ...carols].map((t) => t.id)));
    });

    it('keeps counts per state equal to a recount after random transitions', async () => {
      let seed = 16;
      const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
      const tickets = [];
      for (let i = 0; i < 8; i++) tickets.push(await openTicket(`counted ${i}`));
      const dataFor: Record<string, Record<string, unknown>> = {
        ASSIGN: { assignee: 'sam' },
        COMMENT: { text: 'noted' },
        WATCH: { userId: 'dave' },
      };
      for (let step = 0; step < 40; step++) {
        const who = random() < 0.5 ? sam : vera;
        const ticket = await runtime.get(tickets[Math.floor(random() * tickets.length)].id, who);
        const events = ticket.allowedEvents.map((event) => event.type).filter((type) => type !== 'SLA_BREACHED');
        if (!events.length) continue;
        const type = events[Math.floor(random() * events.length)];
        await runtime.send({ instanceId: ticket.id, type, data: dataFor[type], actor: who });
      }
      const recount = new Map<string, number>();
      let cursor: string | undefined;
      do {
        const page = await runtime.list({ actor: ada, workflow: 'ticket', limit: 200, cursor });
        for (const item of page.items) {
          const key = `${item.state}|${item.status}`;
          recount.set(key, (recount.get(key) ?? 0) + 1);
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const counted = await harness.store.countByState('ticket');
      expect(new Map(counted.map((row) => [`${row.state}|${row.status}`, row.count]))).toEqual(recount);
    });

    it('moves counts per state for instances written together in one transaction, as a batch of timers does', async () => {
      const now = new Date();
      const record = (id: string, state: string, status: InstanceStatus, revision: number): InstanceRecord => ({
        id,
        workflow: 'batch-counted',
        version: 1,
        state,
        stateEnteredAt: now,
        snapshot: {},
        status,
        revision,
        ownerId: 'alice',
        participants: [],
        formPins: {},
        createdAt: now,
        updatedAt: now,
      });
      const ids = [ulid(), ulid(), ulid()];
      await harness.store.transaction(async (tx) => {
        for (const id of ids) await tx.insertInstance(record(id, 'waiting', 'active', 1));
      });
      await harness.store.transaction(async (tx) => {
        const held = await tx.lockInstances(ids);
        expect(held).toHaveLength(3);
        await tx.updateInstances([
          { instance: record(ids[0], 'late', 'active', 2), expectedRevision: 1 },
          { instance: record(ids[1], 'closed', 'done', 2), expectedRevision: 1 },
        ]);
        expect(await tx.updateInstance(record(ids[1], 'late', 'active', 3), 2)).toBe(true);
      });
      const counted = await harness.store.countByState('batch-counted');
      expect(new Map(counted.map((row) => [`${row.state}|${row.status}`, row.count]))).toEqual(
        new Map([
          ['waiting|active', 1],
          ['late|active', 2],
        ]),
      );
    });

    it('lets the people a machine lists as participants see and act on an instance', async () => {
      const ticket = await openTicket('watched');
      expect((await refusal(runtime.get(ticket.id, bob))).code).toBe('INSTANCE_NOT_FOUND');
      await runtime.send({ instanceId: ticket.id, type: 'WATCH', data: { userId: 'bob' }, actor: sam });
      expect((await runtime.get(ticket.id, bob)).allowedEvents.map((e) => e.type)).toEqual(['COMMENT']);
      await runtime.send({ instanceId: ticket.id, type: 'COMMENT', data: { text: 'seen' }, actor: bob });
      const bobsList = await runtime.list({ actor: bob, workflow: 'ticket', limit: 200 });
      expect(bobsList.items.map((i) => i.id)).toContain(ticket.id);
      expect(bobsList.items.every((i) => i.ownerId === 'bob' || i.id === ticket.id)).toBe(true);
    });

    it('migrates running instances to a new version after a dry run lists those that do not fit', async () => {
      const waiting = await openTicket('waiting');
      const working = await openTicket('working');
      await runtime.send({ instanceId: working.id, type: 'ASSIGN', data: { assignee: 'sam' }, actor: sam });
      const registry = new WorkflowRegistry([ticketDefinitionV1, ticketDefinitionV2]);
      const migrator = new DefinitionMigrator(registry, harness.store, clock);

      const dryRun = await migrator.run('ticket', 1, 2, true);
      expect(dryRun.fitting).toContain(waiting.id);
      expect(dryRun.notFitting).toContainEqual({ instanceId: working.id, reason: expect.stringContaining('live.inProgress') });
      expect((await harness.store.findInstance(waiting.id))!.version).toBe(1);

      const report = await migrator.run('ticket', 1, 2, false);
      expect(report.migrated).toBe(report.fitting.length);
      const upgraded = new WorkflowRuntime({ registry, store: harness.store, validator: inlineSchemaValidator(), clock });
      expect(await upgraded.get(waiting.id, sam)).toMatchObject({ version: 2, revision: 2 });
      expect(await upgraded.get(working.id, sam)).toMatchObject({ version: 1, state: 'live.assigned' });
      const moved = await upgraded.send({ instanceId: waiting.id, type: 'ASSIGN', data: { assignee: 'sam' }, actor: sam });
      expect(moved.state).toBe('live.inProgress');
      const fresh = await upgraded.start({ workflow: 'ticket', data: { subject: 'new' }, actor: alice });
      expect(fresh.version).toBe(2);
    });
  });
}
