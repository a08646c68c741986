import type { AnyMachineSnapshot, AnyStateMachine, StateNode } from 'xstate';

// Generics do not matter when walking the tree.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyNode = StateNode<any, any>;

function walk(machine: AnyStateMachine, visit: (node: AnyNode) => void): void {
  const step = (node: AnyNode) => {
    visit(node);
    Object.values(node.states).forEach((child) => step(child as AnyNode));
  };
  step(machine.root as AnyNode);
}

/** Every transition of a statechart, as `source path|event|candidate index`, for coverage checks. */
export function transitionKeys(machine: AnyStateMachine): string[] {
  const keys: string[] = [];
  walk(machine, (node) =>
    node.transitions.forEach((candidates, event) =>
      candidates.forEach((_, index) => keys.push(`${node.path.join('.')}|${event}|${index}`)),
    ),
  );
  return keys;
}

/** Marks the transition candidates that can explain a step from `prev` to `next` on `event`. */
export function markCovered(
  machine: AnyStateMachine,
  covered: Set<string>,
  prev: AnyMachineSnapshot,
  event: { type: string },
  next: AnyMachineSnapshot,
): void {
  walk(machine, (node) => {
    const path = node.path.join('.');
    if (path && !prev.matches(path)) return;
    node.transitions.get(event.type)?.forEach((candidate, index) => {
      const targets = candidate.target ?? [];
      const lands = targets.length
        ? targets.every((target) => next.matches(target.path.join('.')))
        : JSON.stringify(next.value) === JSON.stringify(prev.value);
      if (lands) covered.add(`${path}|${event.type}|${index}`);
    });
  });
}
