import type { LocalizedText, WorkflowGraphDto, WorkflowSummaryDto } from '@yilin/contracts';
import { type RuntimeDefinition, workflowGraph } from '@yilin/runtime';

export function toWorkflowSummary(definition: RuntimeDefinition, versions: number[]): WorkflowSummaryDto {
  const graph = workflowGraph(definition.machine);
  const titleOf = (path: string): LocalizedText => definition.states?.[path] ?? { zh: path, en: path };
  return {
    key: definition.key,
    version: definition.version,
    versions,
    title: definition.title,
    states: graph.nodes.map((node) => ({
      id: node.id,
      path: node.path,
      title: titleOf(node.path),
      final: node.type === 'final',
    })),
    events: Object.entries(definition.events).map(([type, policy]) => ({
      type,
      title: policy.title,
      by: policy.system ? [] : [...policy.by],
      system: Boolean(policy.system),
      ...(policy.form ? { form: policy.form } : {}),
    })),
  };
}

export function toWorkflowGraph(definition: RuntimeDefinition, versions: number[]): WorkflowGraphDto {
  return { ...toWorkflowSummary(definition, versions), graph: workflowGraph(definition.machine) };
}
