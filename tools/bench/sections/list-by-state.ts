import { DataSource } from 'typeorm';

import { ulid, WorkflowRuntime } from '@yilin/runtime';
import { partialRow } from '@engine/database/partial-row.util';
import { WorkflowInstanceEntity } from '@engine/instances/entities/workflow-instance.entity';

import { progress, round } from '../measure.util';

const STATES = [
  { state: 'live.open', status: 'active' },
  { state: 'live.assigned', status: 'active' },
  { state: 'onHold', status: 'suspended' },
  { state: 'resolved', status: 'done' },
];
const BATCH = 1000;

/**
 * Stores synthetic instances up to each size in `sizes` (rows written directly: the list never restores
 * snapshots) and times a staff member's first page of one state, the inbox's query.
 */
export async function listByState(dataSource: DataSource, runtime: WorkflowRuntime, sizes: number[]) {
  const figures: Record<number, number> = {};
  let stored = 0;
  for (const size of sizes) {
    const started = Date.now();
    while (stored < size) {
      const count = Math.min(BATCH, size - stored);
      await dataSource.manager.insert(WorkflowInstanceEntity, syntheticRows(count));
      stored += count;
      if (stored % 50_000 === 0) progress(`  ${stored.toLocaleString()} instances stored (${round((Date.now() - started) / 1000, 1)} s)`);
    }
    const timings: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      const page = await runtime.list({
        actor: { id: 'bench-staff', username: 'bench-staff', roles: ['staff'] },
        workflow: 'ticket',
        state: 'live.assigned',
        limit: 50,
      });
      timings.push(performance.now() - t0);
      if (page.items.length !== 50) throw new Error('Expected a full page');
    }
    timings.sort((a, b) => a - b);
    figures[size] = round(timings[Math.floor(timings.length / 2)]);
    progress(`  list by state at ${size.toLocaleString()} instances: ${figures[size]} ms (median of 20)`);
  }
  return figures;
}

function syntheticRows(count: number) {
  const now = new Date();
  return Array.from({ length: count }, (_, i) => {
    const { state, status } = STATES[i % STATES.length];
    return partialRow<WorkflowInstanceEntity>({
      id: ulid(),
      workflow: 'ticket',
      version: 1,
      state,
      snapshot: {},
      status,
      revision: 1,
      ownerId: `owner-${i % 1000}`,
      participants: [],
      formPins: {},
      createdAt: now,
      updatedAt: now,
      stateEnteredAt: now,
    });
  });
}
