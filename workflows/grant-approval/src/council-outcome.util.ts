import type { CouncilOutcome, Fraction, VoteChoice } from './grant-approval.types';

export interface BallotInput {
  memberIds: readonly string[];
  votes: ReadonlyArray<{ memberId: string; choice: VoteChoice }>;
  recusedIds: readonly string[];
  quorum: Fraction;
  approvalShareAbove: number;
}

export interface BallotTally {
  outcome: CouncilOutcome;
  councilSize: number;
  quorumRequired: number;
  participantIds: string[];
  recusedIds: string[];
  approve: number;
  reject: number;
  abstain: number;
  quorumReached: boolean;
  approved: boolean;
}

// Shares like 2/3 are not exact in binary; a vote count is never this close to a threshold.
const EPSILON = 1e-9;

/** Members needed for a quorum: ceil(numerator / denominator × council size), in integers. */
export function quorumRequired(councilSize: number, quorum: Fraction): number {
  return Math.ceil((quorum.numerator * councilSize) / quorum.denominator - EPSILON);
}

/**
 * The council's result. Participants are the members who cast a vote, abstentions included; recused
 * members do not take part. The quorum counts participants against the whole council. The majority counts
 * only approve and reject votes ("votes cast"): an abstention helps reach the quorum but neither approves
 * nor rejects. No approve and reject votes at all means not approved.
 */
export function councilOutcome(ballot: BallotInput): BallotTally {
  const members = new Set(ballot.memberIds);
  const recused = new Set(ballot.recusedIds.filter((id) => members.has(id)));
  const counted = new Map<string, VoteChoice>();
  for (const vote of ballot.votes) {
    if (members.has(vote.memberId) && !recused.has(vote.memberId) && !counted.has(vote.memberId)) {
      counted.set(vote.memberId, vote.choice);
    }
  }
  const choices = [...counted.values()];
  const approve = choices.filter((choice) => choice === 'approve').length;
  const reject = choices.filter((choice) => choice === 'reject').length;
  const abstain = choices.length - approve - reject;
  const required = quorumRequired(members.size, ballot.quorum);
  const quorumReached = counted.size >= required && counted.size > 0;
  const approved = quorumReached && approve - ballot.approvalShareAbove * (approve + reject) > EPSILON;
  return {
    outcome: !quorumReached ? 'noQuorum' : approved ? 'approved' : 'rejected',
    councilSize: members.size,
    quorumRequired: required,
    participantIds: [...counted.keys()],
    recusedIds: [...recused],
    approve,
    reject,
    abstain,
    quorumReached,
    approved,
  };
}

/** Whether every member who has not recused has voted, so the ballot closes by itself. */
export function everyEligibleMemberVoted(
  memberIds: readonly string[],
  votedIds: readonly string[],
  recusedIds: readonly string[],
): boolean {
  return memberIds.every((id) => votedIds.includes(id) || recusedIds.includes(id));
}
