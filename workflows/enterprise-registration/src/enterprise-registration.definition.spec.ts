import { WorkflowRegistry, workflowGraph } from '@yilin/runtime';

import { enterpriseRegistrationDefinition } from './enterprise-registration.definition';

describe('enterprise-registration definition', () => {
  it('is accepted by the runtime registry', () => {
    const registry = new WorkflowRegistry([enterpriseRegistrationDefinition]);
    expect(registry.latest('enterprise-registration').version).toBe(1);
  });

  it('titles every state path and no path that does not exist', () => {
    const paths = workflowGraph(enterpriseRegistrationDefinition.machine).nodes.map((node) => node.path);
    expect(Object.keys(enterpriseRegistrationDefinition.states ?? {}).sort()).toEqual([...paths].sort());
  });

  it('has a policy for exactly the events the machine handles', () => {
    const handled = new Set<string>();
    const visit = (node: { transitions: Map<string, unknown>; states: Record<string, unknown> }) => {
      node.transitions.forEach((_, event) => handled.add(event));
      Object.values(node.states).forEach((child) => visit(child as typeof node));
    };
    visit(enterpriseRegistrationDefinition.machine.root as unknown as Parameters<typeof visit>[0]);
    expect([...handled].sort()).toEqual(Object.keys(enterpriseRegistrationDefinition.events).sort());
  });

  it('titles every event in both languages and keeps engine answers system-only', () => {
    for (const [type, policy] of Object.entries(enterpriseRegistrationDefinition.events)) {
      expect(policy.title.zh).toBeTruthy();
      expect(policy.title.en).toBeTruthy();
      if (!policy.system) expect(policy.by.length).toBeGreaterThan(0);
      else expect(type).toMatch(/^(NAME_|ADDRESSES_|LICENCE_|DEADLINE_)/);
    }
  });
});
