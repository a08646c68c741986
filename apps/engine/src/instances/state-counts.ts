import type { EntityManager } from 'typeorm';

import { addToCounter } from '@engine/database/counter.util';

import { InstanceStateCountEntity } from './entities/instance-state-count.entity';

/** Rows a state's count is spread over; an instance always counts in the one its id picks. */
export const STATE_COUNT_SLOTS = 16;

export interface CountedPlace {
  workflow: string;
  state: string;
  status: string;
}

export const slotOf = (instanceId: string): number =>
  (instanceId.charCodeAt(instanceId.length - 1) + instanceId.charCodeAt(instanceId.length - 2)) % STATE_COUNT_SLOTS;

const keyOf = (place: CountedPlace) => `${place.workflow}\u0000${place.state}\u0000${place.status}`;

/**
 * Moves one instance's count from the place it left to the place it reached, inside the caller's
 * transaction. Rows are touched in one fixed order, so two transitions crossing the same pair of states
 * in opposite directions wait for each other instead of deadlocking.
 */
export async function moveStateCount(
  m: EntityManager,
  instanceId: string,
  from: CountedPlace | null,
  to: CountedPlace | null,
): Promise<void> {
  if (from && to && keyOf(from) === keyOf(to)) return;
  const slot = slotOf(instanceId);
  const changes = [
    ...(from ? [{ place: from, delta: -1 }] : []),
    ...(to ? [{ place: to, delta: 1 }] : []),
  ].sort((a, b) => (keyOf(a.place) < keyOf(b.place) ? -1 : 1));
  for (const { place, delta } of changes) {
    const { workflow, state, status } = place;
    await addToCounter(m, InstanceStateCountEntity, { workflow, state, status, slot }, 'count', delta);
  }
}

/** Instances per state and status of one workflow, from the counters alone. */
export async function countsByState(m: EntityManager, workflow: string) {
  const rows: Array<{ state: string; status: string; count: string | number }> = await m
    .createQueryBuilder(InstanceStateCountEntity, 'c')
    .select('c.state', 'state')
    .addSelect('c.status', 'status')
    .addSelect('SUM(c.count)', 'count')
    .where('c.workflow = :workflow', { workflow })
    .groupBy('c.state')
    .addGroupBy('c.status')
    .getRawMany();
  return rows.map((row) => ({ ...row, count: Number(row.count) })).filter((row) => row.count > 0);
}

/** Counts every stored instance again into the counters: after rows were written around the store. */
export async function recountStates(m: EntityManager): Promise<void> {
  await m.query('DELETE FROM instance_state_counts');
  const count = m.connection.driver.escape('count');
  await m.query(`INSERT INTO instance_state_counts (workflow, state, status, slot, ${count})
    SELECT workflow, state, status, 0, COUNT(*) FROM workflow_instances GROUP BY workflow, state, status`);
}
