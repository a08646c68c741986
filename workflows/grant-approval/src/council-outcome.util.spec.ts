import { type BallotInput, councilOutcome, everyEligibleMemberVoted, quorumRequired } from './council-outcome.util';

const twoThirds = { numerator: 2, denominator: 3 };
const members = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];

const ballot = (votes: Array<[string, 'approve' | 'reject' | 'abstain']>, extra: Partial<BallotInput> = {}) =>
  councilOutcome({
    memberIds: members,
    votes: votes.map(([memberId, choice]) => ({ memberId, choice })),
    recusedIds: [],
    quorum: twoThirds,
    approvalShareAbove: 0.5,
    ...extra,
  });

describe('quorumRequired', () => {
  it('is the ceiling of the share of the whole council', () => {
    expect(quorumRequired(9, twoThirds)).toBe(6);
    expect(quorumRequired(3, twoThirds)).toBe(2);
    expect(quorumRequired(7, twoThirds)).toBe(5);
    expect(quorumRequired(10, { numerator: 1, denominator: 2 })).toBe(5);
    expect(quorumRequired(11, { numerator: 1, denominator: 2 })).toBe(6);
  });
});

describe('councilOutcome', () => {
  it('approves with a quorum and more than half of the approve and reject votes', () => {
    const tally = ballot([['a', 'approve'], ['b', 'approve'], ['c', 'approve'], ['d', 'approve'], ['e', 'reject'], ['f', 'reject']]);
    expect(tally).toMatchObject({ outcome: 'approved', quorumRequired: 6, approve: 4, reject: 2, quorumReached: true });
    expect(tally.participantIds).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('does not approve on exactly half', () => {
    const tally = ballot([['a', 'approve'], ['b', 'approve'], ['c', 'approve'], ['d', 'reject'], ['e', 'reject'], ['f', 'reject']]);
    expect(tally.outcome).toBe('rejected');
  });

  it('counts abstentions for the quorum but not for the majority', () => {
    const tally = ballot([['a', 'approve'], ['b', 'approve'], ['c', 'reject'], ['d', 'abstain'], ['e', 'abstain'], ['f', 'abstain']]);
    expect(tally).toMatchObject({ outcome: 'approved', abstain: 3, quorumReached: true });
  });

  it('is not approved when everyone abstains', () => {
    expect(ballot(members.slice(0, 6).map((id) => [id, 'abstain'])).outcome).toBe('rejected');
  });

  it('has no quorum below the share of the whole council, recused members not taking part', () => {
    const votes: Array<[string, 'approve']> = members.slice(0, 5).map((id) => [id, 'approve']);
    expect(ballot(votes).outcome).toBe('noQuorum');
    const recused = ballot([...votes, ['f', 'approve']], { recusedIds: ['f', 'g'] });
    expect(recused).toMatchObject({ outcome: 'noQuorum', recusedIds: ['f', 'g'], participantIds: members.slice(0, 5) });
  });

  it('ignores votes from non-members and second votes', () => {
    const tally = ballot([['a', 'approve'], ['a', 'reject'], ['zz', 'approve'], ['b', 'approve'], ['c', 'approve'], ['d', 'approve'], ['e', 'approve'], ['f', 'reject']]);
    expect(tally).toMatchObject({ approve: 5, reject: 1, participantIds: ['a', 'b', 'c', 'd', 'e', 'f'] });
  });

  it('uses the configured share (two thirds) without floating-point surprises', () => {
    const tally = ballot([['a', 'approve'], ['b', 'approve'], ['c', 'approve'], ['d', 'approve'], ['e', 'reject'], ['f', 'reject']], {
      approvalShareAbove: 2 / 3,
    });
    expect(tally.outcome).toBe('rejected');
  });

  it('never reaches a quorum with nobody taking part', () => {
    expect(ballot([], { quorum: { numerator: 0, denominator: 1 } }).outcome).toBe('noQuorum');
  });
});

describe('everyEligibleMemberVoted', () => {
  it('is true once every member has voted or recused', () => {
    expect(everyEligibleMemberVoted(['a', 'b', 'c'], ['a', 'b'], ['c'])).toBe(true);
    expect(everyEligibleMemberVoted(['a', 'b', 'c'], ['a'], ['c'])).toBe(false);
  });
});
