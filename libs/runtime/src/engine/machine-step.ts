import {
  type AnyActorScope,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  createActor,
  getNextTransitions,
  initialTransition,
  transition,
} from 'xstate';

import {
  type CancelTimerParams,
  EFFECT_CANCEL_TIMER,
  EFFECT_START_TIMER,
  type InstanceStatus,
  type StartTimerParams,
  type WorkflowEvent,
  type WorkflowInput,
} from '@yilin/contracts';

import { stateValueToString } from '../util/state-path.util';

export interface RequestedEffects {
  timersToStart: StartTimerParams[];
  timersToCancel: string[];
  messages: Array<{ type: string; payload: Record<string, unknown> }>;
}

export interface MachineStep {
  snapshot: AnyMachineSnapshot;
  persisted: unknown;
  state: string;
  status: InstanceStatus;
  participants: string[];
  effects: RequestedEffects;
}

/** The scope of the never-started actor that restored each snapshot. */
const restoredScopes = new WeakMap<AnyMachineSnapshot, AnyActorScope>();

export function restoreSnapshot(machine: AnyStateMachine, persisted: unknown): AnyMachineSnapshot {
  // An actor that is never started only restores the snapshot (history values and all); nothing runs.
  const actor = createActor(machine, { snapshot: persisted as never });
  const snapshot = actor.getSnapshot();
  const scope = (actor as unknown as { _actorScope?: AnyActorScope })._actorScope;
  if (scope) restoredScopes.set(snapshot, scope);
  return snapshot;
}

export function startStep(machine: AnyStateMachine, input: WorkflowInput): MachineStep {
  const [snapshot, actions] = initialTransition(machine, input);
  return toStep(machine, snapshot, actions);
}

/** The next step, or null when no transition accepted the event (its guards all said no). */
export function eventStep(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  event: WorkflowEvent,
): MachineStep | null {
  const [next, actions] = transitionFrom(machine, snapshot, event);
  if (next === snapshot) return null;
  return toStep(machine, next, actions);
}

/**
 * XState's `transition()` without the throwaway actor it builds on every call, whose construction computes
 * the machine's initial state (a third of a transition's cost): the never-started actor that restored the
 * snapshot lends its scope instead, collecting the actions rather than running them, exactly as
 * `transition()` does with its own. A snapshot restored some other way takes XState's path.
 */
function transitionFrom(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: WorkflowEvent): [AnyMachineSnapshot, unknown[]] {
  const scope = restoredScopes.get(snapshot);
  if (!scope) return transition(machine, snapshot, event);
  const actions: unknown[] = [];
  const execute = scope.actionExecutor;
  scope.actionExecutor = (action) => {
    actions.push(action);
  };
  try {
    return [machine.transition(snapshot, event, scope), actions];
  } finally {
    scope.actionExecutor = execute;
  }
}

/** Event types some transition of the current state configuration listens to, guards aside. */
export function listenedEventTypes(snapshot: AnyMachineSnapshot): Set<string> {
  if (snapshot.status !== 'active') return new Set();
  return new Set(
    getNextTransitions(snapshot)
      .map((t) => t.eventType)
      .filter((type) => type && !type.startsWith('xstate.')),
  );
}

export function statusOf(snapshot: AnyMachineSnapshot): InstanceStatus {
  if (snapshot.status === 'done') return 'done';
  return snapshot.hasTag('suspended') ? 'suspended' : 'active';
}

function toStep(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, actions: unknown[]): MachineStep {
  return {
    snapshot,
    persisted: machine.getPersistedSnapshot(snapshot),
    state: stateValueToString(snapshot.value),
    status: statusOf(snapshot),
    participants: participantsOf(snapshot.context),
    effects: effectsFromActions(actions as Array<{ type: string; params?: unknown }>),
  };
}

/** The user ids a machine lists in `context.participants`, sorted and without duplicates. */
export function participantsOf(context: unknown): string[] {
  const listed = (context as { participants?: unknown } | undefined)?.participants;
  if (!Array.isArray(listed)) return [];
  return [...new Set(listed.filter((id): id is string => typeof id === 'string' && id.length > 0))].sort();
}

/** Splits the actions `transition()` returned into durable timers and outbox messages. */
export function effectsFromActions(actions: Array<{ type: string; params?: unknown }>): RequestedEffects {
  const effects: RequestedEffects = { timersToStart: [], timersToCancel: [], messages: [] };
  for (const action of actions) {
    if (action.type.startsWith('xstate.')) continue;
    if (action.type === EFFECT_START_TIMER) {
      effects.timersToStart.push(action.params as StartTimerParams);
    } else if (action.type === EFFECT_CANCEL_TIMER) {
      effects.timersToCancel.push((action.params as CancelTimerParams).name);
    } else {
      effects.messages.push({ type: action.type, payload: (action.params ?? {}) as Record<string, unknown> });
    }
  }
  return effects;
}
