import { transition } from 'xstate';
import { getAdjacencyMap, getShortestPaths, getSimplePaths } from 'xstate/graph';

import { grantApprovalMachine } from './grant-approval.machine';
import type { GrantEvent } from './grant-approval.types';
import { type EmittedAction, type GrantSnapshot, allStatePaths, grantInput, start } from './testing/grant-approval.fixtures';
import {
  SMALL,
  abstractState,
  allTransitionKeys,
  checkInvariants,
  checkSuspendedRefusesAllButResume,
  modelEvents,
  transitionsTaken,
  withinBounds,
} from './testing/grant-approval.model';

const input = grantInput({ amount: SMALL });
const SLOW_TO_ENUMERATE = ['SUSPEND', 'RETURN_REPORT', 'REPORT_REMINDER', 'REPORT_ESCALATION'];
const traversal = {
  input,
  limit: 1_000_000,
  events: modelEvents,
  filterEvents: withinBounds,
  serializeState: (snapshot: GrantSnapshot) => abstractState(snapshot),
};

/** Replays a path from the start with the pure `transition()`, checking invariants after every step. */
function replay(steps: ReadonlyArray<{ event: GrantEvent | { type: string } }>): GrantSnapshot {
  const [initial, actions] = start(input) as [GrantSnapshot, EmittedAction[]];
  let snapshot = initial;
  checkInvariants(snapshot, actions);
  for (const { event } of steps) {
    if (event.type.startsWith('xstate.')) continue;
    const [next, emitted] = transition(grantApprovalMachine, snapshot, event as GrantEvent);
    checkInvariants(next, emitted as EmittedAction[]);
    if (next.matches('suspended' as never)) checkSuspendedRefusesAllButResume(next);
    snapshot = next;
  }
  return snapshot;
}

const leafPaths = (snapshot: GrantSnapshot): string[] => {
  const walk = (value: unknown, prefix: string): string[] =>
    typeof value === 'string'
      ? [`${prefix}${value}`]
      : Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => [
          `${prefix}${key}`,
          ...walk(child, `${prefix}${key}.`),
        ]);
  return walk(snapshot.value, '');
};

describe('grant approval model', () => {
  let shortest: ReturnType<typeof getShortestPaths<typeof grantApprovalMachine>> = [];
  beforeAll(() => {
    shortest = getShortestPaths(grantApprovalMachine, traversal);
  });

  it('reaches every resting state of the statechart', () => {
    const reached = new Set(shortest.flatMap((path) => leafPaths(path.state)));
    const transient = ['decision.routing', 'decision.council.tally', 'granted.history'];
    expect(allStatePaths().filter((path) => !reached.has(path) && !transient.includes(path))).toEqual([]);
  });

  it('keeps every invariant along the shortest path to every state', () => {
    expect(shortest.length).toBeGreaterThan(100);
    for (const path of shortest) {
      const end = replay(path.steps);
      expect(abstractState(end)).toBe(abstractState(path.state));
    }
  });

  it('takes every transition of the statechart at least once', () => {
    const adjacency = getAdjacencyMap(grantApprovalMachine, traversal);
    const covered = new Set<string>();
    for (const { state, transitions } of Object.values(adjacency)) {
      for (const { event, state: next } of Object.values(transitions) as Array<{ event: GrantEvent; state: GrantSnapshot }>) {
        if (next !== state) transitionsTaken(state, event).forEach((key) => covered.add(key));
      }
    }
    expect(allTransitionKeys().filter((key) => !covered.has(key))).toEqual([]);
  });

  it('keeps every invariant along every simple path to a decision on the fast track', () => {
    const simple = getSimplePaths(grantApprovalMachine, {
      ...traversal,
      filterEvents: (snapshot, event) =>
        withinBounds(snapshot, event) && !(event.type === 'UPDATE_DRAFT' && event.data.amount !== SMALL),
      stopWhen: (snapshot) => snapshot.status === 'done' || snapshot.matches('reserving' as never),
    });
    expect(simple.length).toBeGreaterThan(20);
    simple.forEach((path) => replay(path.steps));
  });

  it('keeps every invariant along every simple path through delivery, from the agreement on', () => {
    const agreed = shortest.find((path) => path.state.matches({ granted: 'agreement' } as never));
    expect(agreed).toBeDefined();
    const simple = getSimplePaths(grantApprovalMachine, {
      ...traversal,
      fromState: agreed!.state,
      // Suspension, returns and timer events multiply the paths tenfold; the shortest paths cover them.
      filterEvents: (snapshot, event) => withinBounds(snapshot, event) && !SLOW_TO_ENUMERATE.includes(event.type),
    });
    expect(simple.length).toBeGreaterThan(100);
    simple.forEach((path) => replay([...agreed!.steps, ...path.steps]));
  });
});
