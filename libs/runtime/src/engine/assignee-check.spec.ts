import type { EventPolicy } from '@yilin/contracts';

import type { AssigneeCandidate } from '../ports/assignee-directory.port';
import type { InstanceRecord } from '../ports/records';
import { assigneeIds, refuseBadAssignees } from './assignee-check';

const policy: EventPolicy = { title: { zh: '指派', en: 'Assign' }, by: ['staff'], assigns: { reviewerIds: 'reviewer', leadId: 'supervisor' } };
const instance = { ownerId: 'owner', participants: ['party'] } as InstanceRecord;
const people = new Map<string, AssigneeCandidate>(
  [
    { id: 'owner', username: 'alice', roles: ['applicant', 'reviewer'] },
    { id: 'party', username: 'pat', roles: ['reviewer'] },
    { id: 'r1', username: 'rita', roles: ['reviewer'] },
    { id: 'off', username: 'otto', roles: ['reviewer'], disabled: true },
    { id: 's1', username: 'sue', roles: ['supervisor'] },
  ].map((person) => [person.id, person as AssigneeCandidate]),
);

describe('refuseBadAssignees', () => {
  it('reads ids from single and list fields, with their paths', () => {
    expect(assigneeIds(policy, { reviewerIds: ['a', 'b'], leadId: 'c', other: 'x' })).toEqual([
      { path: '/reviewerIds/0', id: 'a' },
      { path: '/reviewerIds/1', id: 'b' },
      { path: '/leadId', id: 'c' },
    ]);
    expect(assigneeIds(undefined, { reviewerIds: ['a'] })).toEqual([]);
  });

  it('lets the right people through', () => {
    expect(() => refuseBadAssignees(policy, instance, { reviewerIds: ['r1'], leadId: 's1' }, people)).not.toThrow();
  });

  it('names each wrong person and why', () => {
    const refuse = () =>
      refuseBadAssignees(policy, instance, { reviewerIds: ['owner', 'party', 'off', 'ghost', 's1'], leadId: 'r1' }, people);
    expect(refuse).toThrow(expect.objectContaining({ code: 'INVALID_ASSIGNEE' }));
    try {
      refuse();
    } catch (error) {
      expect((error as { details: Array<{ reason: string; path: string }> }).details.map((d) => [d.path, d.reason])).toEqual([
        ['/reviewerIds/0', 'IS_OWNER'],
        ['/reviewerIds/1', 'IS_PARTICIPANT'],
        ['/reviewerIds/2', 'USER_DISABLED'],
        ['/reviewerIds/3', 'UNKNOWN_USER'],
        ['/reviewerIds/4', 'MISSING_ROLE'],
        ['/leadId', 'MISSING_ROLE'],
      ]);
    }
  });
});
