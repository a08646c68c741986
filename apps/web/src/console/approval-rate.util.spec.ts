import { describe, expect, it } from '@jest/globals';

import { approvalRate } from './approval-rate.util';

const state = (path: string, final = true) => ({ id: path, path, title: { zh: path, en: path }, final });
const grant = {
  states: [
    state('screening', false),
    state('disbursement.complete'),
    state('closed'),
    state('rejected'),
    state('declined'),
    state('notApproved'),
    state('withdrawn'),
  ],
};

describe('approval rate', () => {
  it('counts finished instances by outcome: granted against refused, declined or withdrawn', () => {
    const result = approvalRate(grant, [
      { state: 'screening', status: 'active', count: 9 },
      { state: 'closed', status: 'done', count: 6 },
      { state: 'rejected', status: 'done', count: 1 },
      { state: 'withdrawn', status: 'done', count: 1 },
      { state: 'notApproved', status: 'done', count: 2 },
    ]);
    expect(result).toMatchObject({ approved: 6, notApproved: 4, rate: 0.6 });
    expect(result.outcomes).toEqual([
      { state: 'closed', approved: true, count: 6 },
      { state: 'rejected', approved: false, count: 1 },
      { state: 'declined', approved: false, count: 0 },
      { state: 'notApproved', approved: false, count: 2 },
      { state: 'withdrawn', approved: false, count: 1 },
    ]);
  });

  it('has no rate while nothing has finished', () => {
    expect(approvalRate(grant, [{ state: 'screening', status: 'active', count: 3 }])).toMatchObject({ approved: 0, notApproved: 0, rate: null });
  });
});
