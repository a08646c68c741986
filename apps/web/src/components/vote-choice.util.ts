export type VoteChoice = 'approve' | 'reject' | 'abstain';

export const isVoteChoice = (value: unknown): value is VoteChoice => value === 'approve' || value === 'reject' || value === 'abstain';
