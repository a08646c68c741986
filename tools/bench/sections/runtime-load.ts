import type { EventActor } from '@yilin/contracts';
import type { WorkflowRuntime } from '@yilin/runtime';

import { runLoad } from '../measure.util';

export const benchActor: EventActor = { id: 'bench-staff', username: 'bench-staff', roles: ['staff'] };
export const COMMENT = { type: 'COMMENT', data: { text: '居民反映路灯不亮，已登记。' } };

export async function openTickets(runtime: WorkflowRuntime, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push((await runtime.start({ workflow: 'ticket', data: { subject: `bench ${i}` }, actor: benchActor })).id);
  }
  return ids;
}

/** `workers` instances side by side, each taking one event after another, straight into the runtime. */
export async function transitionLoad(runtime: WorkflowRuntime, workers: number, durationMs: number) {
  const ids = await openTickets(runtime, workers);
  return runLoad(workers, durationMs, (worker) => runtime.send({ instanceId: ids[worker], ...COMMENT, actor: benchActor }));
}
