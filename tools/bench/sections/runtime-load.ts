import type { EventActor } from '@yilin/contracts';
import type { WorkflowRuntime } from '@yilin/runtime';

import { runLoad } from '../measure.util';

export const benchActor: EventActor = { id: 'bench-staff', username: 'bench-staff', roles: ['staff'] };
export const COMMENT = { type: 'COMMENT', data: { text: '居民反映路灯不亮，已登记。' } };

export async function openTickets(runtime: WorkflowRuntime, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 16) {
    const opened = await Promise.all(
      Array.from({ length: Math.min(16, count - i) }, (_, j) =>
        runtime.start({ workflow: 'ticket', data: { subject: `bench ${i + j}` }, actor: benchActor }),
      ),
    );
    ids.push(...opened.map((instance) => instance.id));
  }
  return ids;
}

/** `workers` instances side by side, each taking one event after another, straight into the runtime. */
export async function transitionLoad(runtime: WorkflowRuntime, workers: number, durationMs: number) {
  const ids = await openTickets(runtime, workers);
  return runLoad(workers, durationMs, (worker) => runtime.send({ instanceId: ids[worker], ...COMMENT, actor: benchActor }));
}
