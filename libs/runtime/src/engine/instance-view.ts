import type { AnyMachineSnapshot } from 'xstate';

import type { AllowedEventDto, EventActor, InstanceDto, InstanceSummaryDto } from '@yilin/contracts';

import type { RuntimeDefinition } from '../definitions/runtime-definition';
import { slotFor } from '../definitions/step-slots.util';
import type { InstanceRecord } from '../ports/records';
import { maySend } from './access-policy';
import { listenedEventTypes, restoreSnapshot } from './machine-step';

// The fields that name an instance for people, in the order they are tried: a grant's project title, an
// enterprise's name. Both are public on the transparency pages, so any caller who sees the instance may read them.
const SUBJECT_PATHS = [['application', 'title'], ['filing', 'enterpriseName'], ['title'], ['enterpriseName']] as const;

/** What an instance is about, from the first naming field in its persisted snapshot's context. */
export function subjectOf(snapshot: unknown): string | undefined {
  const context = (snapshot as { context?: Record<string, unknown> } | null)?.context;
  if (typeof context !== 'object' || context === null) return undefined;
  for (const path of SUBJECT_PATHS) {
    const value = path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), context);
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 200);
  }
  return undefined;
}

export function toInstanceSummary(instance: InstanceRecord): InstanceSummaryDto {
  const subject = subjectOf(instance.snapshot);
  return {
    id: instance.id,
    workflow: instance.workflow,
    version: instance.version,
    ...(subject ? { subject } : {}),
    state: instance.state,
    status: instance.status,
    revision: instance.revision,
    ownerId: instance.ownerId,
    createdAt: instance.createdAt.toISOString(),
    updatedAt: instance.updatedAt.toISOString(),
  };
}

/**
 * The instance as `actor` sees it, with the events `actor` may send right now. `live` is the machine's
 * snapshot the instance was just persisted from, when the caller holds it: no need to restore it again.
 */
export function toInstanceView(
  definition: RuntimeDefinition,
  instance: InstanceRecord,
  actor: EventActor,
  live?: AnyMachineSnapshot,
): InstanceDto {
  const snapshot = live ?? restoreSnapshot(definition.machine, instance.snapshot);
  const allowedEvents: AllowedEventDto[] = [];
  for (const type of listenedEventTypes(snapshot)) {
    const policy = definition.events[type];
    if (!policy || policy.system || !maySend(policy, instance, actor)) continue;
    if (definition.refusals && !definition.refusals.offers(snapshot, type, actor)) continue;
    const slot = slotFor(definition, type);
    allowedEvents.push({
      type,
      title: policy.title,
      ...(policy.optional ? { optional: true } : {}),
      // The slot's bound form may differ from its default: `GET /instances/:id/forms/:event` resolves it.
      ...(slot ? { slot: slot.key, form: slot.defaultForm } : policy.form ? { form: policy.form } : {}),
      ...(policy.schema ? { schema: policy.schema } : {}),
    });
  }
  return {
    ...toInstanceSummary(instance),
    stateValue: snapshot.value,
    context: snapshot.context as Record<string, unknown>,
    allowedEvents,
  };
}
