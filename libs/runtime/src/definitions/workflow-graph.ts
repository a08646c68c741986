import type { AnyStateMachine } from 'xstate';

import type { WorkflowGraphDto } from '@yilin/contracts';

import { allStateNodes, nodePath } from './machine-walk.util';

/** Nodes and edges of a machine, for drawing its statechart. */
export function workflowGraph(machine: AnyStateMachine): WorkflowGraphDto['graph'] {
  const nodes: WorkflowGraphDto['graph']['nodes'] = [];
  const edges: WorkflowGraphDto['graph']['edges'] = [];
  for (const node of allStateNodes(machine)) {
    if (node === machine.root) continue;
    const parent = node.parent && node.parent !== machine.root ? nodePath(node.parent) : null;
    nodes.push({
      id: node.id,
      path: nodePath(node),
      parent,
      type: node.type,
      initial: node.parent?.initial?.target?.some((target) => target === node) ?? false,
    });
    for (const [event, transitions] of node.transitions) {
      for (const transition of transitions) {
        for (const target of transition.target ?? []) {
          edges.push({
            source: nodePath(node),
            target: nodePath(target),
            event,
            guarded: Boolean(transition.guard),
          });
        }
      }
    }
  }
  return { nodes, edges };
}
