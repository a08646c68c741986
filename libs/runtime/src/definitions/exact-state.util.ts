import type { WorkflowRegistry } from './workflow-registry';
import { allStateNodes, nodePath } from './machine-walk.util';

/**
 * Whether `path` names an atomic (or final) state outside any parallel region in every version of the
 * workflow: instances in it then store exactly that path, so a list can match it by equality.
 */
export function isExactState(registry: WorkflowRegistry, workflow: string, path: string): boolean {
  return registry.versionsOf(workflow).every((version) => {
    const { machine } = registry.get(workflow, version);
    const node = allStateNodes(machine).find((candidate) => nodePath(candidate) === path);
    if (!node || (node.type !== 'atomic' && node.type !== 'final')) return false;
    for (let ancestor = node.parent; ancestor; ancestor = ancestor.parent) {
      if (ancestor.type === 'parallel') return false;
    }
    return true;
  });
}
