import type { AnyStateMachine, StateNode } from 'xstate';

// StateNode's generics do not matter when walking the tree.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyNode = StateNode<any, any>;

export function allStateNodes(machine: AnyStateMachine): AnyNode[] {
  const nodes: AnyNode[] = [];
  const visit = (node: AnyNode) => {
    nodes.push(node);
    Object.values(node.states).forEach((child) => visit(child as AnyNode));
  };
  visit(machine.root as AnyNode);
  return nodes;
}

/** The dotted path of a node below the root (`decision.council`); '' for the root. */
export function nodePath(node: AnyNode): string {
  return node.path.join('.');
}
