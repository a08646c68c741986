import { type AnyStateMachine, createActor, transition } from 'xstate';

import { ticketDefinitionV1 } from '@yilin/runtime/testing';

import { round } from '../measure.util';
import { benchActor as actor, COMMENT } from './runtime-load';

/**
 * XState v5 alone on the bench's machine, no engine around it: restore a stored snapshot from JSON,
 * take the `COMMENT` transition, persist the next snapshot to JSON. The floor under an in-memory
 * transition.
 */
export function xstateRaw(instances: number, durationMs: number): { perSecond: number } {
  const machine: AnyStateMachine = ticketDefinitionV1.machine;
  const stored = Array.from({ length: instances }, (_, i) =>
    JSON.stringify(createActor(machine, { input: { instanceId: `i${i}`, data: { subject: `raw ${i}` }, actor, at: new Date().toISOString() } }).getPersistedSnapshot()),
  );
  let operations = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  while (performance.now() < deadline) {
    const at = operations % instances;
    const snapshot = createActor(machine, { snapshot: JSON.parse(stored[at]) }).getSnapshot();
    const [next] = transition(machine, snapshot, { ...COMMENT, actor, at: new Date().toISOString() });
    stored[at] = JSON.stringify(machine.getPersistedSnapshot(next));
    operations += 1;
  }
  return { perSecond: round(operations / ((performance.now() - started) / 1000)) };
}
