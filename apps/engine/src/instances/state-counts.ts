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

export interface StateCountMove {
  instanceId: string;
  from: CountedPlace | null;
  to: CountedPlace | null;
}

/**
 * Moves instances' counts from the places they left to the places they reached, inside the caller's
 * transaction: one statement per counter row whose count changes, however many instances moved (a batch
 * of timers moving hundreds of instances touches a few dozen rows). Rows are touched in one fixed order,
 * place then slot, so two transactions crossing the same states in opposite directions wait for each
 * other instead of deadlocking.
 */
export async function moveStateCounts(m: EntityManager, moves: readonly StateCountMove[]): Promise<void> {
  const counters = new Map<string, { place: CountedPlace; slot: number; delta: number }>();
  for (const { instanceId, from, to } of moves) {
    if (from && to && keyOf(from) === keyOf(to)) continue;
    const slot = slotOf(instanceId);
    for (const [place, delta] of [
      [from, -1],
      [to, 1],
    ] as const) {
      if (!place) continue;
      const key = `${keyOf(place)}\u0000${slot}`;
      const counter = counters.get(key) ?? { place, slot, delta: 0 };
      counter.delta += delta;
      counters.set(key, counter);
    }
  }
  const changed = [...counters.values()]
    .filter((counter) => counter.delta !== 0)
    .sort((a, b) => (keyOf(a.place) === keyOf(b.place) ? a.slot - b.slot : keyOf(a.place) < keyOf(b.place) ? -1 : 1));
  for (const { place, slot, delta } of changed) {
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
