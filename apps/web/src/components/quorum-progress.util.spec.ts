import { describe, expect, it } from '@jest/globals';

import { quorumProgress } from './quorum-progress.util';

const minutes = {
  memberIds: ['a', 'b', 'c'],
  quorum: { numerator: 2, denominator: 3 },
  approvalShareAbove: 0.5,
  votes: [
    { memberId: 'a', choice: 'approve' as const },
    { memberId: 'a', choice: 'reject' as const },
    { memberId: 'x', choice: 'approve' as const },
  ],
  recusals: [{ memberId: 'c' }],
};

describe('quorumProgress', () => {
  it('counts each member once, ignores outsiders and recused members', () => {
    expect(quorumProgress(minutes, 'a')).toMatchObject({
      councilSize: 3,
      required: 2,
      voted: 1,
      approve: 1,
      reject: 0,
      recused: 1,
      quorumReached: false,
      myChoice: 'approve',
    });
    expect(quorumProgress(minutes, 'c').myChoice).toBe('recused');
  });

  it('reaches the quorum at two thirds of the whole council', () => {
    const progress = quorumProgress({ ...minutes, votes: [...minutes.votes, { memberId: 'b', choice: 'abstain' }] }, 'b');
    expect(progress).toMatchObject({ voted: 2, abstain: 1, quorumReached: true, myChoice: 'abstain' });
  });
});
