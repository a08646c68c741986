import type { ClaimDto } from '@yilin/contracts';

export type ClaimFilter = 'all' | 'mine' | 'unclaimed';

export const CLAIM_FILTERS: readonly ClaimFilter[] = ['all', 'mine', 'unclaimed'];

/** Claims by instance id, for looking up who holds each task in a list. */
export const claimsById = (claims: readonly ClaimDto[]): Map<string, ClaimDto> => new Map(claims.map((c) => [c.instanceId, c]));

/** The tasks to show: all of them, those I hold, or those nobody holds yet. */
export function filterByClaim<T extends { id: string }>(
  tasks: readonly T[],
  claims: ReadonlyMap<string, ClaimDto>,
  userId: string,
  filter: ClaimFilter,
): T[] {
  if (filter === 'all') return [...tasks];
  if (filter === 'mine') return tasks.filter((task) => claims.get(task.id)?.userId === userId);
  return tasks.filter((task) => !claims.has(task.id));
}

/** The claim API takes at most this many ids at once. */
export const CLAIM_BATCH = 100;

export function idBatches(ids: readonly string[], size = CLAIM_BATCH): string[][] {
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += size) batches.push(ids.slice(i, i + size));
  return batches;
}
