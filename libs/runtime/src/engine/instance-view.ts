import type { AnyMachineSnapshot } from 'xstate';

import type {
  AllowedEventDto,
  AuditEntryDto,
  EventActor,
  InstanceDto,
  InstanceRow,
  InstanceSummaryDto,
  InstanceView,
  StepSlot,
  ViewCaller,
  ViewTools,
} from '@yilin/contracts';

import type { RuntimeDefinition } from '../definitions/runtime-definition';
import { slotEnvelopeSchema, slotFor, slotScope } from '../definitions/step-slots.util';
import type { AuditRecord, InstanceRecord } from '../ports/records';
import { normalisedSearchKeys } from '../util/search-text.util';
import { maySend, seesAllInstances } from './access-policy';
import { listenedEventTypes, restoreSnapshot } from './machine-step';

const START_STEP = 'start';

/** The instance relative to `actor`: owner, participant, the engine itself. */
export function callerOf(instance: InstanceRecord, actor: EventActor): ViewCaller {
  return {
    id: actor.id,
    roles: actor.roles,
    isOwner: instance.ownerId === actor.id,
    isParticipant: instance.participants.includes(actor.id),
    system: Boolean(actor.system),
  };
}

// Who started an instance is known to its owner and to those who see every instance of the workflow, unless
// the workflow hides who took its first step (who raised a review: supervisors only); a participant (the
// subject of a review) is not told.
function ownerIdFor(definition: RuntimeDefinition, instance: InstanceRecord, actor: EventActor): string | null {
  if (instance.ownerId === actor.id || actor.system) return instance.ownerId;
  if (!seesAllInstances(definition, actor)) return null;
  const showsActor = definition.view?.showsActor;
  if (!showsActor) return instance.ownerId;
  const context = (instance.snapshot as { context?: unknown } | null)?.context;
  return showsActor(START_STEP, context, callerOf(instance, actor)) ? instance.ownerId : null;
}

// The fields that name an instance for people, in the order they are tried: a grant's project title, an
// enterprise's name. Both are public on the transparency pages, so any caller who sees the instance may read them.
const SUBJECT_PATHS = [['application', 'title'], ['filing', 'enterpriseName'], ['title'], ['enterpriseName']] as const;

/** What an instance is about, from the first naming field in its persisted snapshot's context. */
export function subjectOf(snapshot: unknown): string | undefined {
  const context = (snapshot as { context?: Record<string, unknown> } | null)?.context;
  if (typeof context !== 'object' || context === null) return undefined;
  for (const path of SUBJECT_PATHS) {
    const value = path.reduce<unknown>(
      (node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined),
      context,
    );
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 200);
  }
  return undefined;
}

// An unsubmitted draft is its owner's and the secretariat's: others listing it learn that it exists, not what it says.
function mayReadDraft(instance: InstanceRecord, actor: EventActor): boolean {
  const isDraft = instance.state === 'draft' || instance.state.startsWith('draft.');
  return !isDraft || instance.ownerId === actor.id || Boolean(actor.system) || actor.roles.includes('staff');
}

const contextOf = (snapshot: unknown): unknown => (snapshot as { context?: unknown } | null)?.context;

/** What names the instance in a list for `actor`: its workflow's row, else the first naming field. */
function rowOf(definition: RuntimeDefinition, instance: InstanceRecord, actor: EventActor): InstanceRow {
  if (!mayReadDraft(instance, actor)) return {};
  const context = contextOf(instance.snapshot);
  if (definition.view?.row && context) return definition.view.row(context, callerOf(instance, actor));
  const subject = subjectOf(instance.snapshot);
  return subject ? { subject } : {};
}

const ENGINE_CALLER: ViewCaller = { id: 'system', roles: [], isOwner: false, isParticipant: false, system: true };

/** Every business key an instance with this snapshot is found by, normalised, for the index. */
export function searchKeysOf(definition: RuntimeDefinition, snapshot: unknown): string[] {
  const context = contextOf(snapshot);
  return definition.view?.searchKeys && context ? normalisedSearchKeys(definition.view.searchKeys(context, ENGINE_CALLER)) : [];
}

/**
 * Whether `actor` may find the instance by `search` (normalised), which the index matched: only through a key
 * the actor may read, and never through a draft's words unless the draft is theirs or the secretariat's.
 */
export function mayFindBySearch(definition: RuntimeDefinition, instance: InstanceRecord, actor: EventActor, search: string): boolean {
  const context = contextOf(instance.snapshot);
  if (!mayReadDraft(instance, actor) || !context || !definition.view?.searchKeys) return false;
  const caller = callerOf(instance, actor);
  if (normalisedSearchKeys(definition.view.searchKeys(context, caller)).some((key) => key.includes(search))) return true;
  return normalisedSearchKeys(definition.view.wholeSearchKeys?.(context, caller) ?? []).includes(search);
}

export function toInstanceSummary(
  definition: RuntimeDefinition,
  instance: InstanceRecord,
  actor: EventActor,
): InstanceSummaryDto {
  const { subject, applicant, amount } = rowOf(definition, instance, actor);
  return {
    id: instance.id,
    workflow: instance.workflow,
    version: instance.version,
    ...(subject ? { subject: subject.slice(0, 200) } : {}),
    ...(applicant ? { applicant: applicant.slice(0, 200) } : {}),
    ...(typeof amount === 'number' && Number.isFinite(amount) ? { amount } : {}),
    state: instance.state,
    // Instances stored before the moment was kept count from their last step.
    stateEnteredAt: (instance.stateEnteredAt ?? instance.updatedAt).toISOString(),
    status: instance.status,
    revision: instance.revision,
    ownerId: ownerIdFor(definition, instance, actor),
    createdAt: instance.createdAt.toISOString(),
    updatedAt: instance.updatedAt.toISOString(),
  };
}

/** The events `actor` may send on the instance right now. */
export function allowedEventsOf(
  definition: RuntimeDefinition,
  instance: InstanceRecord,
  actor: EventActor,
  restored?: AnyMachineSnapshot,
): AllowedEventDto[] {
  const snapshot = restored ?? restoreSnapshot(definition.machine, instance.snapshot);
  const allowed: AllowedEventDto[] = [];
  for (const type of listenedEventTypes(snapshot)) {
    const policy = definition.events[type];
    if (!policy || policy.system || !maySend(policy, instance, actor)) continue;
    if (definition.refusals && !definition.refusals.offers(snapshot, type, actor)) continue;
    const slot = slotFor(definition, type);
    // A slot's own schema is its envelope: the references a person picks beside the bound form.
    const schema = slot ? slotEnvelopeSchema(slot) : policy.schema;
    allowed.push({
      type,
      title: policy.title,
      ...(policy.optional ? { optional: true } : {}),
      // The slot's bound form may differ from its default: `GET /instances/:id/forms/:event` resolves it.
      ...(slot ? { slot: slot.key, form: slot.defaultForm } : policy.form ? { form: policy.form } : {}),
      ...(schema ? { schema } : {}),
    });
  }
  return allowed;
}

/** The instance as `actor` sees it: its workflow's view, never the raw context, and what `actor` may do now. */
export function toInstanceView(
  definition: RuntimeDefinition,
  instance: InstanceRecord,
  actor: EventActor,
  tools: ViewTools,
): InstanceDto {
  const snapshot = restoreSnapshot(definition.machine, instance.snapshot);
  const view: InstanceView = definition.view
    ? (definition.view.instance(snapshot.context, callerOf(instance, actor), tools) as InstanceView)
    : { workflow: 'opaque', headline: null };
  return {
    ...toInstanceSummary(definition, instance, actor),
    stateValue: snapshot.value,
    view,
    allowedEvents: allowedEventsOf(definition, instance, actor, snapshot),
  };
}

/** One step of the history as `actor` sees it, cut like the view: by the step's form, the actor named or not. */
export function toHistoryEntry(
  definition: RuntimeDefinition,
  instance: InstanceRecord,
  entry: AuditRecord,
  actor: EventActor,
  tools: ViewTools,
): AuditEntryDto {
  const context = restoreSnapshot(definition.machine, instance.snapshot).context;
  const caller = callerOf(instance, actor);
  const step = entry.fromState === null ? 'start' : entry.event;
  const view = definition.view;
  const access = caller.system
    ? 'insider'
    : view
      ? view.submission(step, entry.actor.id, context, caller)
      : entry.actor.id === actor.id
        ? 'insider'
        : null;
  const submitted = view?.submitted ? view.submitted(step, entry.data) : entry.data;
  const disclosed = access ? tools.disclose(step, submitted, access === 'insider') : { form: null, values: {} };
  const role = entry.actor.system
    ? 'system'
    : (view?.actorRole?.(step, entry.actor.roles) ?? entry.actor.roles[0] ?? 'applicant');
  const showsActor = caller.system || !view?.showsActor || view.showsActor(step, context, caller);
  return {
    revision: entry.revision,
    event: entry.event,
    data: disclosed.values,
    form: disclosed.form,
    actor: showsActor ? tools.person(entry.actor.system ? null : entry.actor.id, role) : null,
    fromState: entry.fromState,
    toState: entry.toState,
    at: entry.at.toISOString(),
  };
}

/**
 * A notice's data as its recipient may read it: each value a person typed (its workflow names the step and
 * field) passes through the same disclosure as the recipient's view of that step — kept, masked or dropped.
 */
export function toNoticeData(
  definition: RuntimeDefinition,
  instance: InstanceRecord,
  template: string,
  data: Record<string, unknown>,
  recipient: EventActor,
  tools: ViewTools,
): Record<string, unknown> {
  const view = definition.view;
  const sources = view?.noticeSources?.(template);
  if (!view || !sources || recipient.system) return { ...data };
  const context = restoreSnapshot(definition.machine, instance.snapshot).context;
  const caller = callerOf(instance, recipient);
  const shown: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const source = sources[key];
    if (!source) {
      shown[key] = value;
      continue;
    }
    // A notice is never the recipient's own submission: they read it as anyone in their place would.
    const access = value === undefined || value === null ? null : view.submission(source.step, '', context, caller);
    if (!access) continue;
    const disclosed = tools.disclose(source.step, { [source.field]: value }, access === 'insider').values;
    if (source.field in disclosed) shown[key] = disclosed[source.field];
  }
  return shown;
}

/** The scope a scoped slot is bound in for this instance (a grant's programme), read from its machine. */
export function instanceSlotScope(definition: RuntimeDefinition, instance: InstanceRecord, slot: StepSlot): string | undefined {
  if (!slot.scope) return undefined;
  return slotScope(slot, { context: restoreSnapshot(definition.machine, instance.snapshot).context });
}

/**
 * Every string the instance's machine recorded that `accept` picks (user ids, to load display names once per
 * request); bounded by the snapshot's size and depth.
 */
export function stringsRecordedIn(instance: InstanceRecord, accept: (value: string) => boolean): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown, depth: number): void => {
    if (depth > 8) return;
    if (typeof value === 'string') {
      if (accept(value)) found.add(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
    } else if (typeof value === 'object' && value !== null) {
      for (const item of Object.values(value)) walk(item, depth + 1);
    }
  };
  walk((instance.snapshot as { context?: unknown } | null)?.context, 0);
  return found;
}

/**
 * How `reader` may read what `submitterId` submitted at `step` (`start` or an event type), by the workflow's
 * view — `null` hides it altogether — and the part of `data` a person typed. The public pages use it with an
 * anonymous reader, so they never show more than the applicant sees.
 */
export function submissionFor(
  definition: RuntimeDefinition,
  instance: InstanceRecord,
  step: string,
  submitterId: string,
  data: Record<string, unknown>,
  reader: EventActor,
): { access: 'insider' | 'outsider' | null; data: Record<string, unknown> } {
  const view = definition.view;
  const submitted = view?.submitted ? view.submitted(step, data) : data;
  if (reader.system) return { access: 'insider', data: submitted };
  if (!view) return { access: submitterId === reader.id ? 'insider' : null, data: submitted };
  const context = restoreSnapshot(definition.machine, instance.snapshot).context;
  return { access: view.submission(step, submitterId, context, callerOf(instance, reader)), data: submitted };
}
