import { WorkflowRegistry, workflowGraph } from '@yilin/runtime';

import { supervisoryReviewDefinition } from './supervisory-review.definition';

describe('supervisory-review definition', () => {
  it('is accepted by the runtime registry', () => {
    const registry = new WorkflowRegistry([supervisoryReviewDefinition]);
    expect(registry.latest('supervisory-review').version).toBe(1);
  });

  it('titles every state path and no path that does not exist', () => {
    const paths = workflowGraph(supervisoryReviewDefinition.machine).nodes.map((node) => node.path);
    expect(Object.keys(supervisoryReviewDefinition.states ?? {}).sort()).toEqual([...paths].sort());
  });

  it('has a policy for exactly the events the machine handles', () => {
    const handled = new Set<string>();
    const visit = (node: { transitions: Map<string, unknown>; states: Record<string, unknown> }) => {
      node.transitions.forEach((_, event) => handled.add(event));
      Object.values(node.states).forEach((child) => visit(child as typeof node));
    };
    visit(supervisoryReviewDefinition.machine.root as unknown as Parameters<typeof visit>[0]);
    expect([...handled].sort()).toEqual(Object.keys(supervisoryReviewDefinition.events).sort());
  });

  it('titles every event in both languages, each with someone allowed to send it', () => {
    for (const policy of Object.values(supervisoryReviewDefinition.events)) {
      expect(policy.title.zh).toBeTruthy();
      expect(policy.title.en).toBeTruthy();
      expect(policy.system).toBeFalsy();
      expect(policy.by.length).toBeGreaterThan(0);
    }
  });
});
