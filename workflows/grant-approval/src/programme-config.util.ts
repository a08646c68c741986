import type { CouncilConfig, ProgrammeConfig, ResolvedCouncilConfig } from './grant-approval.types';
import { trancheSplitProblem } from './split-tranches.util';

export const DEFAULT_QUORUM = { numerator: 2, denominator: 3 } as const;
export const DEFAULT_APPROVAL_SHARE_ABOVE = 0.5;

/** The council configuration with the foundation's defaults filled in (2/3 quorum, more than half). */
export function resolveCouncil(council: CouncilConfig): ResolvedCouncilConfig {
  return {
    memberIds: [...new Set(council.memberIds)],
    quorum: council.quorum ?? { ...DEFAULT_QUORUM },
    approvalShareAbove: council.approvalShareAbove ?? DEFAULT_APPROVAL_SHARE_ABOVE,
  };
}

/** Rules across fields that the JSON Schema cannot express; empty when the programme is usable. */
export function programmeConfigProblems(programme: ProgrammeConfig): string[] {
  const problems: string[] = [];
  const split = trancheSplitProblem(programme.trancheSplit);
  if (split) problems.push(split);
  if (programme.smallAmountLimit > programme.maxAmount) {
    problems.push('The small-amount limit cannot exceed the maximum amount');
  }
  if (programme.reportDueDays.midterm >= programme.reportDueDays.final) {
    problems.push('The mid-term report must fall due before the final report');
  }
  if (programme.reminderDaysBeforeDue >= programme.reportDueDays.midterm) {
    problems.push('The reminder must come after the agreement, before the mid-term report is due');
  }
  return problems;
}

/** Problems of a council configuration, defaults applied. */
export function councilConfigProblems(council: CouncilConfig): string[] {
  const resolved = resolveCouncil(council);
  const problems: string[] = [];
  if (!resolved.memberIds.length) problems.push('The council needs at least one member');
  if (resolved.quorum.numerator > resolved.quorum.denominator) {
    problems.push('The quorum cannot exceed the whole council');
  }
  if (resolved.approvalShareAbove < 0 || resolved.approvalShareAbove >= 1) {
    problems.push('The approval share must be at least 0 and below 1');
  }
  return problems;
}
