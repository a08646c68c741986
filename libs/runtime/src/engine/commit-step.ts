import type { WorkflowEvent } from '@yilin/contracts';

import type { RuntimeDefinition } from '../definitions/runtime-definition';
import { RuntimeError } from '../errors/runtime.error';
import type { StoreTransaction } from '../ports/instance-store.port';
import type { InstanceRecord, OutboxRecord, TimerRecord } from '../ports/records';
import { ulid } from '../util/ulid.util';
import type { MachineStep } from './machine-step';
import { searchKeysOf } from './instance-view';
import { taskAudiencesOf } from './task-audiences';

export interface CommittedStep {
  instance: InstanceRecord;
  outbox: OutboxRecord[];
  timers: TimerRecord[];
  cancelledTimerIds: string[];
}

/**
 * Writes one step inside the caller's transaction: the new snapshot (guarded by the revision), its audit
 * entry, who it now waits for, and the effects it asked for. Either all of it lands or none.
 */
export async function commitStep(
  tx: StoreTransaction,
  definition: RuntimeDefinition,
  previous: InstanceRecord | null,
  next: Omit<InstanceRecord, 'state' | 'stateEnteredAt' | 'snapshot' | 'status' | 'participants' | 'revision' | 'updatedAt'>,
  step: MachineStep,
  event: WorkflowEvent,
  now: Date,
): Promise<CommittedStep> {
  const searchKeys = searchKeysOf(definition, step.persisted);
  const { searchKeys: _unchanged, taskAudiences: _worked, ...kept } = next;
  const instance: InstanceRecord = {
    ...kept,
    state: step.state,
    stateEnteredAt: previous && previous.state === step.state ? previous.stateEnteredAt : now,
    snapshot: step.persisted,
    status: step.status,
    participants: step.participants,
    revision: (previous?.revision ?? 0) + 1,
    updatedAt: now,
    // Written only when they changed: most steps leave a title or a registration number alone.
    ...(!previous || searchKeys.join('\u0000') !== searchKeysOf(definition, previous.snapshot).join('\u0000') ? { searchKeys } : {}),
  };
  // Who it waits for is filed with the step, so a task list reads an index instead of every instance.
  instance.taskAudiences = taskAudiencesOf(definition, instance, step.snapshot);
  if (previous) {
    const written = await tx.updateInstance(instance, previous.revision);
    if (!written) {
      throw new RuntimeError('REVISION_CONFLICT', 'The instance changed meanwhile; reload and try again', {
        revision: previous.revision,
      });
    }
  } else {
    await tx.insertInstance(instance);
  }
  await tx.appendAudit({
    id: ulid(now.getTime()),
    instanceId: instance.id,
    revision: instance.revision,
    event: event.type,
    data: event.data,
    actor: event.actor,
    fromState: previous?.state ?? null,
    toState: instance.state,
    at: now,
  });

  const { timersToStart, timersToCancel, messages } = step.effects;
  let cancelledTimerIds: string[] = [];
  if (previous) {
    const replaced = [...timersToCancel, ...timersToStart.map((timer) => timer.name)];
    if (instance.status === 'done') cancelledTimerIds = await tx.cancelTimers(instance.id);
    else if (replaced.length) cancelledTimerIds = await tx.cancelTimers(instance.id, replaced);
  }
  const timers: TimerRecord[] = timersToStart.map((timer) => {
    const dueAt = new Date(timer.at);
    if (Number.isNaN(dueAt.getTime())) {
      throw new RuntimeError('INVALID_DEFINITION', `Timer "${timer.name}" has no valid due time: ${timer.at}`);
    }
    return {
      id: ulid(now.getTime()),
      instanceId: instance.id,
      name: timer.name,
      event: timer.event,
      dueAt,
      status: 'pending',
      createdAt: now,
      firedAt: null,
    };
  });
  const outbox: OutboxRecord[] = messages.map((message) => ({
    id: ulid(now.getTime()),
    instanceId: instance.id,
    type: message.type,
    payload: message.payload,
    status: 'pending',
    attempts: 0,
    lastError: null,
    createdAt: now,
    updatedAt: now,
  }));
  if (timers.length) await tx.addTimers(timers);
  if (outbox.length) await tx.addOutbox(outbox);
  return { instance, outbox, timers, cancelledTimerIds };
}
