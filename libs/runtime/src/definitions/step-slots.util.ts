import type { JsonSchema, StepSlot, WorkflowDefinition } from '@yilin/contracts';

/** The start step's slot name in every workflow's slot list. */
export const START_EVENT = 'start';

/** The slot whose bound form validates `eventType` (or `start`), if a person submits data there. */
export function slotFor(definition: Pick<WorkflowDefinition, 'slots'>, eventType: string): StepSlot | undefined {
  return definition.slots?.find((slot) => slot.events.includes(eventType));
}

/**
 * The schema of a slot's envelope: the references picked beside the form (reviewers, which report), each by
 * its own schema, with the ones the step needs required; null when the slot takes none.
 */
export function slotEnvelopeSchema(slot: StepSlot): JsonSchema | null {
  if (!slot.envelope) return null;
  return {
    type: 'object',
    properties: { ...slot.envelope },
    ...(slot.envelopeRequired?.length ? { required: [...slot.envelopeRequired] } : {}),
  };
}

/** The programme (or other scope) a scoped slot binds by: from the start data, later from the context. */
export function slotScope(slot: StepSlot, source: { data?: Record<string, unknown>; context?: unknown }): string | undefined {
  if (!slot.scope) return undefined;
  const value = source.context !== undefined ? valueAt(source.context, slot.scope.contextPath) : source.data?.[slot.scope.startField];
  return typeof value === 'string' && value ? value : undefined;
}

/** The slot whose collected data `eventType` hands in (a draft's submission), if any. */
export function slotCompletedBy(definition: Pick<WorkflowDefinition, 'slots'>, eventType: string): StepSlot | undefined {
  return definition.slots?.find((slot) => slot.completedBy?.includes(eventType) && slot.collectedAt);
}

/** What the slot collected so far, as a person typed it: without the fields the engine adds. */
export function collectedData(slot: StepSlot, context: unknown): Record<string, unknown> {
  const collected = slot.collectedAt ? valueAt(context, slot.collectedAt) : undefined;
  if (typeof collected !== 'object' || collected === null || Array.isArray(collected)) return {};
  const reserved = new Set(slot.reserved ?? []);
  return Object.fromEntries(Object.entries(collected).filter(([key, value]) => !reserved.has(key) && value !== undefined));
}

function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}
