import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';

import { ulid, WorkflowRuntime } from '@yilin/runtime';
import { partialRow } from '@engine/database/partial-row.util';
import { InstanceTaskEntity } from '@engine/instances/entities/instance-task.entity';
import { OutboxMessageEntity } from '@engine/instances/entities/outbox-message.entity';
import { TimerEntity } from '@engine/instances/entities/timer.entity';
import { WorkflowInstanceEntity } from '@engine/instances/entities/workflow-instance.entity';

import { progress, percentile, round } from '../measure.util';

const LEAD_MS = 8000;

/**
 * `count` timers fall due at the same instant on instances waiting for them; the engine is restarted
 * just before, so its sweeper has to find them all in the database. Lateness = fired − due (the moment
 * the transaction firing it began); besides, when the last was seen fired and when the last notice the
 * timers raised was delivered, both after the due time (watched every 50 ms).
 */
export async function timerBurst(
  start: () => Promise<NestFastifyApplication>,
  count: number,
): Promise<{ p50: number; p99: number; max: number; fired: number; allFiredMs: number; noticesDoneMs: number }> {
  let app = await start();
  const runtime = app.get(WorkflowRuntime);
  const actor = { id: 'bench-staff', username: 'bench-staff', roles: ['staff' as const] };
  const model = await runtime.start({ workflow: 'ticket', data: { subject: 'timer model' }, actor });
  await runtime.send({ instanceId: model.id, type: 'ASSIGN', data: { assignee: 'someone' }, actor });
  // Stored as the engine stores them, filed under who acts on them, so the restart has nothing to file first.
  const { snapshot, taskAudiences } = await app.get(DataSource).manager.findOneByOrFail(WorkflowInstanceEntity, { id: model.id });
  await app.close();
  const dataSource = await app.get(DataSource).initialize();

  progress(`  storing ${count.toLocaleString()} instances whose timers fall due together…`);
  const now = new Date();
  const ids = Array.from({ length: count }, () => ulid());
  for (let i = 0; i < ids.length; i += 500) {
    const slice = ids.slice(i, i + 500);
    await dataSource.manager.insert(
      WorkflowInstanceEntity,
      slice.map((id) =>
        partialRow<WorkflowInstanceEntity>({
          id, workflow: 'ticket', version: 1, state: 'live.assigned', snapshot, status: 'active', revision: 2,
          ownerId: 'bench-staff', participants: [], formPins: {}, createdAt: now, updatedAt: now, stateEnteredAt: now,
          taskAudiences,
        }),
      ),
    );
    const tasks = slice.flatMap((instanceId) => (taskAudiences ?? []).map((audience) => ({ audience, instanceId, workflow: 'ticket' })));
    if (tasks.length) await dataSource.manager.insert(InstanceTaskEntity, tasks);
  }
  // The due time counts from here, once the instances are stored: what is measured is the engine's restart and firing.
  const dueAt = new Date(Date.now() + LEAD_MS);
  for (let i = 0; i < ids.length; i += 500) {
    await dataSource.manager.insert(
      TimerEntity,
      ids.slice(i, i + 500).map((instanceId) =>
        partialRow<TimerEntity>({
          id: ulid(), instanceId, name: 'sla', event: { type: 'SLA_BREACHED' }, dueAt, status: 'pending',
          createdAt: now, firedAt: null,
        }),
      ),
    );
  }
  await dataSource.destroy().catch(() => undefined);

  app = await start();
  const margin = dueAt.getTime() - Date.now();
  progress(`  engine restarted ${margin >= 0 ? `${margin} ms before the timers fall due` : `${-margin} ms after they fell due`}`);
  const store = app.get(DataSource).manager;
  const deadline = Date.now() + LEAD_MS + 120_000;
  const watch = async (done: () => Promise<boolean>) => {
    while (Date.now() < deadline && !(await done())) await new Promise((resolve) => setTimeout(resolve, 50));
    return Date.now() - dueAt.getTime();
  };
  let fired = 0;
  const allFiredMs = await watch(async () => (fired = await store.countBy(TimerEntity, { status: 'fired' })) >= count);
  const noticesDoneMs = await watch(
    async () => (await store.countBy(OutboxMessageEntity, { status: 'done' })) >= count && !(await store.countBy(OutboxMessageEntity, { status: 'pending' })),
  );
  const rows = await store.findBy(TimerEntity, { status: 'fired' });
  await app.close();
  const lateness = rows.map((r) => (r.firedAt as Date).getTime() - r.dueAt.getTime());
  return {
    p50: round(percentile(lateness, 50)),
    p99: round(percentile(lateness, 99)),
    max: round(Math.max(...lateness)),
    fired,
    allFiredMs,
    noticesDoneMs,
  };
}
