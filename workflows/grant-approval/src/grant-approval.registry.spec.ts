import { WorkflowRegistry } from '@yilin/runtime';

import { grantApprovalDefinition } from './grant-approval.definition';
import { allStateNodes, allStatePaths } from './testing/grant-approval.fixtures';

describe('grant approval definition', () => {
  it('is accepted by the workflow registry', () => {
    const registry = new WorkflowRegistry([grantApprovalDefinition]);
    expect(registry.latest('grant-approval').version).toBe(1);
  });

  it('titles every state in both languages', () => {
    const titled = Object.keys(grantApprovalDefinition.states ?? {}).sort();
    expect(titled).toEqual(allStatePaths().sort());
    for (const title of Object.values(grantApprovalDefinition.states ?? {})) {
      expect(title.zh.length * title.en.length).toBeGreaterThan(0);
    }
  });

  it('has a policy for every event the machine handles, and no policy for an event it ignores', () => {
    const handled = new Set(allStateNodes().flatMap((node) => [...node.transitions.keys()]));
    expect([...handled].filter((event) => !event.startsWith('xstate.')).sort()).toEqual(
      Object.keys(grantApprovalDefinition.events).sort(),
    );
  });

  it('lets only the engine send timer and fund answers, and a review’s suspension and its lifting', () => {
    const system = Object.entries(grantApprovalDefinition.events)
      .filter(([, policy]) => policy.system)
      .map(([type]) => type)
      .sort();
    expect(system).toEqual([
      'DIRECTOR_SLA_BREACHED',
      'FUNDS_REFUSED',
      'FUNDS_RESERVED',
      'REPORT_DUE',
      'REPORT_ESCALATION',
      'REPORT_REMINDER',
      'RESUME',
      'SUSPEND',
    ]);
  });
});
