export type VoteChoice = 'approve' | 'reject' | 'abstain';

export const isVoteChoice = (value: unknown): value is VoteChoice => value === 'approve' || value === 'reject' || value === 'abstain';

/** The part of the council's minutes (会议记录) the inbox reads from a grant's context. */
export interface MinutesView {
  memberIds: string[];
  quorum: { numerator: number; denominator: number };
  approvalShareAbove: number;
  votes: Array<{ memberId: string; choice: VoteChoice }>;
  recusals: Array<{ memberId: string }>;
}

export interface QuorumProgress {
  councilSize: number;
  required: number;
  /** Members who cast a vote, abstentions included. */
  voted: number;
  approve: number;
  reject: number;
  abstain: number;
  recused: number;
  quorumReached: boolean;
  myChoice: VoteChoice | 'recused' | null;
}

/** How far the vote has come: quorum counted against the whole council, recused members taking no part. */
export function quorumProgress(minutes: MinutesView, me: string): QuorumProgress {
  const members = new Set(minutes.memberIds);
  const recused = new Set(minutes.recusals.map((r) => r.memberId).filter((id) => members.has(id)));
  const counted = new Map<string, VoteChoice>();
  for (const vote of minutes.votes) {
    if (members.has(vote.memberId) && !recused.has(vote.memberId) && !counted.has(vote.memberId)) counted.set(vote.memberId, vote.choice);
  }
  const choices = [...counted.values()];
  const required = Math.ceil((minutes.quorum.numerator * members.size) / minutes.quorum.denominator - 1e-9);
  return {
    councilSize: members.size,
    required,
    voted: counted.size,
    approve: choices.filter((c) => c === 'approve').length,
    reject: choices.filter((c) => c === 'reject').length,
    abstain: choices.filter((c) => c === 'abstain').length,
    recused: recused.size,
    quorumReached: counted.size > 0 && counted.size >= required,
    myChoice: counted.get(me) ?? (recused.has(me) ? 'recused' : null),
  };
}

export function minutesOf(context: Record<string, unknown>): MinutesView | null {
  const minutes = context.minutes as MinutesView | null | undefined;
  return minutes && Array.isArray(minutes.memberIds) ? minutes : null;
}
