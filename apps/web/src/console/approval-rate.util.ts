import type { InstanceStatus, WorkflowSummaryDto } from '@yilin/contracts';

/** Final states that mean the request did not go through: refused at some step, turned down, or given up. */
const NOT_APPROVED = new Set(['rejected', 'declined', 'notApproved', 'withdrawn', 'refused', 'dismissed']);

export interface Outcome {
  state: string;
  count: number;
  approved: boolean;
}

export interface ApprovalRate {
  outcomes: Outcome[];
  approved: number;
  notApproved: number;
  /** Share of finished instances that ended approved; null while nothing has finished. */
  rate: number | null;
}

/** Finished instances by the top-level final state they ended in, from the per-state counts. */
export function approvalRate(workflow: Pick<WorkflowSummaryDto, 'states'>, stats: ReadonlyArray<{ state: string; status: InstanceStatus; count: number }>): ApprovalRate {
  const finals = workflow.states.filter((s) => s.final && !s.path.includes('.')).map((s) => s.path);
  const outcomes = finals.map((state) => ({
    state,
    approved: !NOT_APPROVED.has(state),
    count: stats.filter((row) => row.state === state || row.state.startsWith(`${state}.`)).reduce((sum, row) => sum + row.count, 0),
  }));
  const approved = outcomes.filter((o) => o.approved).reduce((sum, o) => sum + o.count, 0);
  const notApproved = outcomes.filter((o) => !o.approved).reduce((sum, o) => sum + o.count, 0);
  const total = approved + notApproved;
  return { outcomes, approved, notApproved, rate: total ? approved / total : null };
}
