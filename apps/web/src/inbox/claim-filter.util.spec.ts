import { describe, expect, it } from '@jest/globals';

import type { ClaimDto } from '@yilin/contracts';

import { claimsById, filterByClaim, idBatches } from './claim-filter.util';

const claim = (instanceId: string, userId: string): ClaimDto => ({
  instanceId,
  userId,
  username: userId,
  displayName: userId,
  claimedAt: '2025-01-01T00:00:00Z',
});

describe('claim filter', () => {
  const tasks = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  const claims = claimsById([claim('a', 'me'), claim('b', 'someone')]);

  it('shows all tasks, mine, or those nobody holds', () => {
    expect(filterByClaim(tasks, claims, 'me', 'all').map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(filterByClaim(tasks, claims, 'me', 'mine').map((t) => t.id)).toEqual(['a']);
    expect(filterByClaim(tasks, claims, 'me', 'unclaimed').map((t) => t.id)).toEqual(['c']);
  });

  it('asks for claims in batches the API accepts', () => {
    const ids = Array.from({ length: 205 }, (_, i) => String(i));
    expect(idBatches(ids).map((b) => b.length)).toEqual([100, 100, 5]);
    expect(idBatches([])).toEqual([]);
  });
});
