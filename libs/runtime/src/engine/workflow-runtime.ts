import { createHash } from 'node:crypto';

import type {
  AuditEntryDto,
  EventActor,
  InstanceDto,
  InstancePageDto,
  InstanceStatus,
  MachineSelector,
  Refusal,
  TaskPageDto,
  WorkflowEvent,
} from '@yilin/contracts';

import type { RuntimeDefinition } from '../definitions/runtime-definition';
import type { WorkflowRegistry } from '../definitions/workflow-registry';
import { RuntimeError } from '../errors/runtime.error';
import { type Clock, systemClock } from '../ports/clock.port';
import { type EffectDispatcher, noEffectDispatcher } from '../ports/effect-dispatcher.port';
import type { EventDataValidator, SlotValidation } from '../ports/event-data-validator.port';
import type { InstanceStore, StoreTransaction } from '../ports/instance-store.port';
import type { InstanceRecord, TimerRecord } from '../ports/records';
import { formlessViewTools, type ViewToolsSource } from '../ports/view-tools.port';
import { isExactState } from '../definitions/exact-state.util';
import { START_EVENT, collectedData, slotCompletedBy, slotFor, slotScope } from '../definitions/step-slots.util';
import { normalisedSearchText } from '../util/search-text.util';
import { ulid } from '../util/ulid.util';
import { canSeeInstance, canStart, maySend, seesAllInstances } from './access-policy';
import { type CommittedStep, commitStep } from './commit-step';
import { deferInserts } from './deferred-inserts';
import { runOncePerKey } from './idempotency';
import { eventStep, listenedEventTypes, restoreSnapshot, startStep } from './machine-step';
import {
  allowedEventsOf,
  mayFindBySearch,
  toHistoryEntry,
  toInstanceSummary,
  toInstanceView,
  toNoticeData,
} from './instance-view';
import type { AssigneeCandidate, AssigneeDirectory } from '../ports/assignee-directory.port';
import { assigneeIds, refuseBadAssignees } from './assignee-check';
import { DEFAULT_MAX_SNAPSHOT_BYTES, refuseOversizedSnapshot } from './snapshot-size';
import { SYSTEM_ACTOR } from './system-actor';
import { audiencesOfActor } from './task-audiences';

export interface RuntimeDependencies {
  registry: WorkflowRegistry;
  store: InstanceStore;
  validator: EventDataValidator;
  dispatcher?: EffectDispatcher;
  clock?: Clock;
  /** Forms and names for the per-caller views; without it, callers see only what they submitted. */
  viewTools?: ViewToolsSource;
  /**
   * Looks up people named by events that assign them, to refuse the wrong ones. Without it nobody is checked:
   * only for tests of a workflow on its own; the engine always gives one.
   */
  assignees?: AssigneeDirectory;
  /** Largest persisted snapshot a person's event may produce; default {@link DEFAULT_MAX_SNAPSHOT_BYTES}. */
  maxSnapshotBytes?: number;
}

export interface StartCommand {
  workflow: string;
  data?: Record<string, unknown>;
  /**
   * Trusted data the engine adds after validation (configuration such as a programme's limits); it
   * overrides anything of the same name in `data`, so callers cannot forge it.
   */
  injected?: Record<string, unknown>;
  actor: EventActor;
  idempotencyKey?: string;
  /** Started by another workflow's effect: its data is a machine's, not typed by a person, so no slot's form applies. */
  byMachine?: boolean;
}

export interface SendCommand {
  instanceId: string;
  type: string;
  data?: Record<string, unknown>;
  actor: EventActor;
  expectedRevision?: number;
  idempotencyKey?: string;
}

export interface ListCommand {
  actor: EventActor;
  workflow?: string;
  state?: string;
  status?: InstanceStatus;
  /** Part of a business key: a project title, an organisation, an enterprise name, a registration number, a tracking code. */
  search?: string;
  limit?: number;
  cursor?: string;
}

export type TimerOutcome = 'fired' | 'skipped' | 'gone' | 'not-due';

const MAX_PAGE = 200;

/**
 * The workflow runtime: load → authorise → check the state → validate → transition → persist snapshot,
 * audit and effects in one transaction guarded by the revision. Framework-free; adapters come in as ports.
 */
export class WorkflowRuntime {
  readonly registry: WorkflowRegistry;
  private readonly store: InstanceStore;
  private readonly validator: EventDataValidator;
  private readonly dispatcher: EffectDispatcher;
  private readonly clock: Clock;
  private readonly viewTools: ViewToolsSource;
  private readonly maxSnapshotBytes: number;
  private readonly assignees: AssigneeDirectory | undefined;
  private readonly exactStates = new Map<string, boolean>();

  constructor(deps: RuntimeDependencies) {
    this.registry = deps.registry;
    this.store = deps.store;
    this.validator = deps.validator;
    this.dispatcher = deps.dispatcher ?? noEffectDispatcher;
    this.clock = deps.clock ?? systemClock;
    this.viewTools = deps.viewTools ?? formlessViewTools;
    this.maxSnapshotBytes = deps.maxSnapshotBytes ?? DEFAULT_MAX_SNAPSHOT_BYTES;
    this.assignees = deps.assignees;
  }

  async start(command: StartCommand): Promise<InstanceDto> {
    const definition = this.registry.latest(command.workflow);
    if (!canStart(definition, command.actor)) {
      throw new RuntimeError('FORBIDDEN', `Your role may not start "${definition.key}"`, {
        allowedRoles: definition.start.by,
      });
    }
    const data = command.data ?? {};
    const now = this.clock.now();
    const slot = command.byMachine ? undefined : slotFor(definition, START_EVENT);
    const validation = await this.validator.validate(
      slot
        ? {
            data,
            form: slot.defaultForm,
            slot: {
              workflow: definition.key,
              slot,
              partial: slot.partialEvents?.includes(START_EVENT) ?? false,
              scope: slotScope(slot, { data }),
              at: now,
            },
            formPins: {},
          }
        : { data, schema: definition.start.schema, form: definition.start.form, formPins: {} },
    );
    if (validation.issues.length) {
      throw new RuntimeError('INVALID_DATA', 'Some fields are not valid', validation.issues);
    }
    const id = ulid(now.getTime());
    const input = { ...data, ...command.injected };
    const event: WorkflowEvent = { type: 'start', data: input, actor: command.actor, at: now.toISOString() };
    const machineInput = { instanceId: id, data: input, actor: command.actor, at: event.at };
    const refusal = definition.refusals?.explainStart?.(machineInput) ?? null;
    if (refusal) throw rejection(definition, 'start', refusal);
    const step = startStep(definition.machine, machineInput);
    refuseOversizedSnapshot(step, this.maxSnapshotBytes);
    const asked = ['start', definition.key, data];

    return this.withIdempotency(command.actor, command.idempotencyKey, asked, undefined, async (tx) => {
      const committed = await commitStep(
        tx,
        definition,
        null,
        {
          id,
          workflow: definition.key,
          version: definition.version,
          ownerId: command.actor.id,
          formPins: validation.pinned ? { [validation.pinned.form]: validation.pinned.version } : {},
          createdAt: now,
        },
        step,
        event,
        now,
      );
      return { committed, response: committed.instance, instanceId: id };
    });
  }

  async send(command: SendCommand): Promise<InstanceDto> {
    const data = command.data ?? {};
    const asked = [command.instanceId, command.type, data];
    // Looked up before the transaction: the directory reads the database too.
    const people = await this.assigneesNamedIn(command.type, data);
    return this.withIdempotency(command.actor, command.idempotencyKey, asked, command.instanceId, async (tx) => {
      const now = this.clock.now();
      const instance = await tx.lockInstance(command.instanceId);
      const definition = instance && this.registry.find(instance.workflow, instance.version);
      if (!instance || !definition || !canSeeInstance(definition, instance, command.actor)) {
        throw new RuntimeError('INSTANCE_NOT_FOUND', `No instance ${command.instanceId}`);
      }
      const policy = definition.events[command.type];
      if (!policy) {
        throw new RuntimeError('UNKNOWN_EVENT', `"${definition.key}" has no event "${command.type}"`, {
          knownEvents: Object.keys(definition.events),
        });
      }
      if (!maySend(policy, instance, command.actor)) {
        throw new RuntimeError('FORBIDDEN', `Your role may not send "${command.type}" here`, {
          allowed: policy.system ? [] : policy.by,
        });
      }
      if (command.expectedRevision !== undefined && command.expectedRevision !== instance.revision) {
        throw new RuntimeError(
          'REVISION_CONFLICT',
          `The instance is at revision ${instance.revision}, not ${command.expectedRevision}; reload and try again`,
          { revision: instance.revision },
        );
      }
      const snapshot = restoreSnapshot(definition.machine, instance.snapshot);
      if (!listenedEventTypes(snapshot).has(command.type)) {
        const allowed = allowedEventsOf(definition, instance, command.actor);
        throw new RuntimeError(
          'EVENT_NOT_ALLOWED',
          `"${command.type}" is not possible while the instance is in "${instance.state}"`,
          { state: instance.state, allowedEvents: allowed.map((event) => event.type) },
        );
      }
      const slot = slotFor(definition, command.type);
      const validation = await this.validator.validate(
        slot
          ? {
              data,
              form: slot.defaultForm,
              slot: {
                workflow: definition.key,
                slot,
                partial: slot.partialEvents?.includes(command.type) ?? false,
                scope: slotScope(slot, { context: snapshot.context }),
                at: instance.createdAt,
              },
              formPins: instance.formPins,
            }
          : { data, schema: policy.schema, form: policy.form, formPins: instance.formPins },
      );
      if (validation.issues.length) {
        throw new RuntimeError('INVALID_DATA', 'Some fields are not valid', validation.issues);
      }
      await this.refuseIncompleteHandIn(definition, command.type, snapshot.context, instance);
      if (people) refuseBadAssignees(policy, instance, data, people);
      const event: WorkflowEvent = { type: command.type, data, actor: command.actor, at: now.toISOString() };
      const step = eventStep(definition.machine, snapshot, event);
      if (!step) throw rejection(definition, instance.state, definition.refusals?.explain(snapshot, event) ?? null);
      refuseOversizedSnapshot(step, this.maxSnapshotBytes);
      const formPins = validation.pinned
        ? { ...instance.formPins, [validation.pinned.form]: validation.pinned.version }
        : instance.formPins;
      const committed = await commitStep(tx, definition, instance, { ...instance, formPins }, step, event, now);
      return { committed, response: committed.instance, instanceId: instance.id };
    });
  }

  /**
   * A draft saved field by field is checked whole when it is handed in: every field its bound form
   * requires, with the paths of those missing or wrong.
   */
  private async refuseIncompleteHandIn(definition: RuntimeDefinition, type: string, context: unknown, instance: InstanceRecord) {
    const slot = slotCompletedBy(definition, type);
    if (!slot) return;
    const collected = await this.validator.validate({
      data: collectedData(slot, context),
      form: slot.defaultForm,
      slot: { workflow: definition.key, slot, partial: false, scope: slotScope(slot, { context }), at: instance.createdAt },
      formPins: instance.formPins,
    });
    if (collected.issues.length) {
      throw new RuntimeError('INVALID_DATA', 'Some fields are not filled in or not valid yet', collected.issues);
    }
  }

  /** Everyone `data` names in a field that some workflow's `type` event assigns. */
  private async assigneesNamedIn(type: string, data: Record<string, unknown>): Promise<ReadonlyMap<string, AssigneeCandidate> | undefined> {
    if (!this.assignees) return undefined;
    const ids = new Set<string>();
    for (const definition of this.registry.latestOfEach()) {
      for (const { id } of assigneeIds(definition.events[type], data)) ids.add(id);
    }
    return ids.size ? this.assignees.find([...ids]) : new Map();
  }

  /** Fires a durable timer once: a timer already fired, cancelled or no longer wanted changes nothing. */
  async fireTimer(timerId: string): Promise<TimerOutcome> {
    let committed: CommittedStep | null = null;
    const outcome = await this.store.transaction(async (tx): Promise<TimerOutcome> => {
      const unlocked = await tx.findTimer(timerId);
      if (!unlocked || unlocked.status !== 'pending') return 'gone';
      const now = this.clock.now();
      if (unlocked.dueAt.getTime() > now.getTime()) return 'not-due';
      const instance = await tx.lockInstance(unlocked.instanceId);
      // Re-read under the instance lock: a concurrent event may have cancelled it.
      const timer = await tx.findTimer(timerId);
      if (!instance || !timer || timer.status !== 'pending') return 'gone';
      committed = await this.timerStep(tx, instance, timer, now);
      if (!committed) {
        await tx.setTimerStatus(timer.id, 'skipped', now);
        return 'skipped';
      }
      await tx.setTimerStatus(timer.id, 'fired', now);
      return 'fired';
    });
    if (committed) this.dispatch(committed);
    return outcome;
  }

  /**
   * Fires many timers in one transaction, as `fireTimer` would one by one: each due, pending timer once,
   * every instance locked (in id order) for its step, and the audit entries, outbox messages and new timers
   * of all the steps written together. A timer whose instance already has one in this batch waits for the
   * next round of the same transaction, so each step starts from the one before. Any failure rolls the
   * whole batch back; the caller then fires its timers one by one.
   */
  async fireTimers(timerIds: readonly string[]): Promise<Map<string, TimerOutcome>> {
    const outcomes = new Map<string, TimerOutcome>();
    const steps: CommittedStep[] = [];
    await this.store.transaction(async (tx) => {
      outcomes.clear();
      steps.length = 0;
      const now = this.clock.now();
      const candidates = (await tx.findTimers(timerIds)).filter((timer) => {
        if (timer.status !== 'pending') return false;
        if (timer.dueAt.getTime() > now.getTime()) outcomes.set(timer.id, 'not-due');
        return timer.dueAt.getTime() <= now.getTime();
      });
      const instances = new Map(
        (await tx.lockInstances(candidates.map((timer) => timer.instanceId))).map((instance) => [instance.id, instance]),
      );
      // Re-read under the instance locks: a concurrent event may have cancelled some.
      const pending = (await tx.findTimers(candidates.map((timer) => timer.id)))
        .filter((timer) => timer.status === 'pending' && instances.has(timer.instanceId))
        .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || (a.id < b.id ? -1 : 1));
      const batch = deferInserts(tx);
      for (const round of roundsPerInstance(pending)) {
        const fired: string[] = [];
        const skipped: string[] = [];
        for (const timer of round) {
          const instance = instances.get(timer.instanceId)!;
          const committed = await this.timerStep(batch.tx, instance, timer, now);
          if (!committed) {
            skipped.push(timer.id);
            continue;
          }
          instances.set(instance.id, committed.instance);
          steps.push(committed);
          fired.push(timer.id);
        }
        await batch.flush();
        await tx.setTimersStatus(fired, 'fired', now);
        await tx.setTimersStatus(skipped, 'skipped', now);
        fired.forEach((id) => outcomes.set(id, 'fired'));
        skipped.forEach((id) => outcomes.set(id, 'skipped'));
      }
    });
    steps.forEach((committed) => this.dispatch(committed));
    for (const id of timerIds) if (!outcomes.has(id)) outcomes.set(id, 'gone');
    return outcomes;
  }

  /** The step a due timer causes on its locked instance, written to `tx`; null when nothing listens to it now. */
  private async timerStep(tx: StoreTransaction, instance: InstanceRecord, timer: TimerRecord, now: Date) {
    const definition = this.registry.find(instance.workflow, instance.version);
    const snapshot = definition && restoreSnapshot(definition.machine, instance.snapshot);
    const event: WorkflowEvent = {
      type: timer.event.type,
      data: timer.event.data ?? {},
      actor: SYSTEM_ACTOR,
      at: now.toISOString(),
    };
    const step =
      definition && snapshot && listenedEventTypes(snapshot).has(event.type)
        ? eventStep(definition.machine, snapshot, event)
        : null;
    return step && definition ? commitStep(tx, definition, instance, instance, step, event, now) : null;
  }

  async get(instanceId: string, actor: EventActor): Promise<InstanceDto> {
    const { definition, instance } = await this.visibleInstance(instanceId, actor);
    return this.viewOf(definition, instance, actor);
  }

  /**
   * Reads an instance through a selector its workflow owns, after the same visibility check as {@link get}:
   * how the engine's services read what a machine recorded, never its raw context.
   */
  async select<TContext, TResult>(
    instanceId: string,
    actor: EventActor,
    selector: MachineSelector<TContext, TResult>,
  ): Promise<TResult> {
    const { definition, instance } = await this.visibleInstance(instanceId, actor);
    if (definition.key !== selector.workflow) {
      throw new RuntimeError('INSTANCE_NOT_FOUND', `No ${selector.workflow} instance ${instanceId}`);
    }
    return selector.select(restoreSnapshot(definition.machine, instance.snapshot).context as TContext);
  }

  /**
   * How the form for `eventType` on this instance resolves: its slot, the binding's scope and instant,
   * and the instance's pins — what the validator will use, so a page renders exactly that form.
   */
  async slotOfEvent(
    instanceId: string,
    eventType: string,
    actor: EventActor,
  ): Promise<{ slot: SlotValidation; formPins: Record<string, number> } | null> {
    const { definition, instance } = await this.visibleInstance(instanceId, actor);
    const slot = slotFor(definition, eventType);
    if (!slot) return null;
    const snapshot = restoreSnapshot(definition.machine, instance.snapshot);
    return {
      slot: {
        workflow: definition.key,
        slot,
        partial: slot.partialEvents?.includes(eventType) ?? false,
        scope: slotScope(slot, { context: snapshot.context }),
        at: instance.createdAt,
      },
      formPins: instance.formPins,
    };
  }

  /**
   * A notice's data cut for its recipient by the same projection as {@link get}, from the instance as the
   * deliverer read it (once for all its recipients); null when the instance or its workflow is gone (the
   * notice then carries nothing a person typed).
   */
  async noticeDataFor(
    instance: InstanceRecord | null,
    template: string,
    data: Record<string, unknown>,
    recipient: EventActor,
  ): Promise<Record<string, unknown> | null> {
    const definition = instance && this.registry.find(instance.workflow, instance.version);
    if (!instance || !definition) return null;
    const tools = (await this.viewTools.load({ instances: [instance], actor: recipient }))(instance);
    return toNoticeData(definition, instance, template, data, recipient, tools);
  }

  /** The instance's history as `actor` may read it: the same projection as {@link get}. */
  async history(instanceId: string, actor: EventActor): Promise<AuditEntryDto[]> {
    const { definition, instance } = await this.visibleInstance(instanceId, actor);
    const entries = await this.store.listAudit(instanceId);
    const tools = (await this.viewTools.load({ instances: [instance], actor, audit: entries }))(instance);
    return entries.map((entry) => toHistoryEntry(definition, instance, entry, actor, tools));
  }

  async list(command: ListCommand): Promise<InstancePageDto> {
    const { records, nextCursor } = await this.visibleRecords(command);
    const items = records.flatMap((record) => {
      const definition = this.registry.find(record.workflow, record.version);
      return definition ? [toInstanceSummary(definition, record, command.actor)] : [];
    });
    return { items, nextCursor };
  }

  /**
   * The caller's tasks: visible, active instances where the caller may send an event now that someone waits
   * for (not merely withdraw), newest first. Candidates come from the task audiences filed with each step
   * under the caller's id and roles; each is checked as its view would be (who may see it, the rules on
   * who may act). Looks at no more than `scanLimit` candidates per call and says where to continue.
   */
  async tasks(command: Omit<ListCommand, 'state' | 'status'> & { scanLimit?: number }): Promise<TaskPageDto> {
    if (command.workflow) this.registry.latest(command.workflow);
    const want = Math.min(Math.max(command.limit ?? 20, 1), MAX_PAGE);
    const scanLimit = command.scanLimit ?? 500;
    const audiences = audiencesOfActor(command.actor);
    // Most candidates are tasks; a page somewhat larger than wanted leaves room for those the rules drop.
    const candidates = Math.min(MAX_PAGE, want * 2);
    const waiting: Array<{ definition: RuntimeDefinition; instance: InstanceRecord }> = [];
    let cursor = command.cursor;
    for (let scanned = 0; scanned < scanLimit && waiting.length < want; ) {
      const page = await this.store.listTaskCandidates({ audiences, workflow: command.workflow, limit: candidates, cursor });
      for (const instance of page) {
        scanned += 1;
        cursor = instance.id;
        const definition = this.registry.find(instance.workflow, instance.version);
        if (
          definition &&
          instance.status === 'active' &&
          canSeeInstance(definition, instance, command.actor) &&
          allowedEventsOf(definition, instance, command.actor).some((allowed) => !allowed.optional)
        ) {
          waiting.push({ definition, instance });
        }
        if (waiting.length >= want || scanned >= scanLimit) break;
      }
      const scannedWholePage = !page.length || cursor === page[page.length - 1].id;
      if (scannedWholePage && page.length < candidates) return { items: await this.viewsOf(waiting, command.actor), nextCursor: null };
    }
    return { items: await this.viewsOf(waiting, command.actor), nextCursor: cursor ?? null };
  }

  private async viewOf(definition: RuntimeDefinition, instance: InstanceRecord, actor: EventActor): Promise<InstanceDto> {
    const [view] = await this.viewsOf([{ definition, instance }], actor);
    return view;
  }

  private async viewsOf(
    found: ReadonlyArray<{ definition: RuntimeDefinition; instance: InstanceRecord }>,
    actor: EventActor,
  ): Promise<InstanceDto[]> {
    if (!found.length) return [];
    const toolsOf = await this.viewTools.load({ instances: found.map(({ instance }) => instance), actor });
    return found.map(({ definition, instance }) => toInstanceView(definition, instance, actor, toolsOf(instance)));
  }

  private async visibleRecords(command: ListCommand): Promise<{ records: InstanceRecord[]; nextCursor: string | null }> {
    if (command.workflow) this.registry.latest(command.workflow);
    const limit = Math.min(Math.max(command.limit ?? 50, 1), MAX_PAGE);
    const workflows = this.registry
      .latestOfEach()
      .filter((definition) => seesAllInstances(definition, command.actor))
      .map((definition) => definition.key);
    const seesAllOfFilter = Boolean(command.workflow && workflows.includes(command.workflow));
    const search = command.search ? normalisedSearchText(command.search) : '';
    const rows = await this.store.listInstances({
      workflow: command.workflow,
      state: command.state,
      stateIsExact: Boolean(command.workflow && command.state && this.isExactState(command.workflow, command.state)),
      status: command.status,
      search: search || undefined,
      visibility: {
        allWorkflows: seesAllOfFilter || Boolean(command.actor.system) || command.actor.roles.includes('admin'),
        workflows,
        userId: command.actor.id,
      },
      limit: limit + 1,
      cursor: command.cursor,
    });
    const page = rows.slice(0, limit);
    const nextCursor = rows.length > limit ? page[page.length - 1].id : null;
    const records = search
      ? page.filter((record) => {
          const definition = this.registry.find(record.workflow, record.version);
          return definition !== null && mayFindBySearch(definition, record, command.actor, search);
        })
      : page;
    return { records, nextCursor };
  }

  private isExactState(workflow: string, path: string): boolean {
    const key = `${workflow}\u0000${path}`;
    let exact = this.exactStates.get(key);
    if (exact === undefined) {
      exact = isExactState(this.registry, workflow, path);
      this.exactStates.set(key, exact);
    }
    return exact;
  }

  private async visibleInstance(instanceId: string, actor: EventActor) {
    const instance = await this.store.findInstance(instanceId);
    const definition = instance && this.registry.find(instance.workflow, instance.version);
    if (!instance || !definition || !canSeeInstance(definition, instance, actor)) {
      throw new RuntimeError('INSTANCE_NOT_FOUND', `No instance ${instanceId}`);
    }
    return { instance, definition };
  }


  /**
   * Runs `work` in a transaction, once per idempotency key when one is given, then dispatches its effects.
   * `asked` is what the request asked for (a key stays bound to it); `locksFirst` is the instance `work`
   * locks first, when there is one.
   */
  private async withIdempotency(
    actor: EventActor,
    key: string | undefined,
    asked: unknown[],
    locksFirst: string | undefined,
    work: (tx: StoreTransaction) => Promise<{ committed: CommittedStep; response: InstanceRecord; instanceId: string }>,
  ): Promise<InstanceDto> {
    const fingerprint = key ? fingerprintOf(asked) : '';
    const outcome = await runOncePerKey(
      this.store,
      { actorId: actor.id, key, fingerprint, now: () => this.clock.now(), locksFirst },
      work,
    );
    if (outcome.committed) this.dispatch(outcome.committed);
    // The response is the instance as the first attempt left it, projected for the caller outside the
    // transaction: the projection reads forms and names.
    const instance = revivedRecord(outcome.response);
    const definition = this.registry.find(instance.workflow, instance.version);
    if (!definition) throw new RuntimeError('INSTANCE_NOT_FOUND', `No instance ${instance.id}`);
    return this.viewOf(definition, instance, actor);
  }

  private dispatch(committed: CommittedStep): void {
    if (!committed.outbox.length && !committed.timers.length && !committed.cancelledTimerIds.length) return;
    this.dispatcher.dispatch({
      outbox: committed.outbox,
      timers: committed.timers,
      cancelledTimerIds: committed.cancelledTimerIds,
    });
  }
}

// A stored response went through JSON: its dates come back as strings.
function revivedRecord(record: InstanceRecord): InstanceRecord {
  return {
    ...record,
    ...(record.stateEnteredAt ? { stateEnteredAt: new Date(record.stateEnteredAt) } : {}),
    createdAt: new Date(record.createdAt),
    updatedAt: new Date(record.updatedAt),
  };
}

/**
 * The 409 for an event the rules refused, with the rule's reason. A guard without a stated reason is a bug
 * in the workflow's refusal catalogue; it still answers, under a code that says so.
 */
function rejection(definition: RuntimeDefinition, state: string, refusal: Refusal | null): RuntimeError {
  const stated = refusal ?? {
    reason: 'UNEXPLAINED',
    message: {
      zh: `“${definition.title.zh}”的规则未接受此操作，且未说明原因`,
      en: `"${definition.title.en}" refused this without naming a rule`,
    },
  };
  return new RuntimeError('EVENT_REJECTED', stated.message.en, { state, ...stated.details }, stated);
}

/** The timers split into rounds holding at most one timer per instance, earliest first. */
function roundsPerInstance(timers: TimerRecord[]): TimerRecord[][] {
  const rounds: TimerRecord[][] = [];
  const seen = new Map<string, number>();
  for (const timer of timers) {
    const round = seen.get(timer.instanceId) ?? 0;
    seen.set(timer.instanceId, round + 1);
    (rounds[round] ??= []).push(timer);
  }
  return rounds;
}

function fingerprintOf(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
