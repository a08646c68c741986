import type { InstanceStatus } from '@yilin/contracts';
import type {
  AuditRecord,
  IdempotencyRecord,
  InstanceRecord,
  OutboxRecord,
  TimerRecord,
} from '@yilin/runtime';

import type { AuditEntryEntity } from './entities/audit-entry.entity';
import type { IdempotencyKeyEntity } from './entities/idempotency-key.entity';
import type { OutboxMessageEntity } from './entities/outbox-message.entity';
import type { TimerEntity } from './entities/timer.entity';
import type { WorkflowInstanceEntity } from './entities/workflow-instance.entity';

export const toInstanceRecord = (row: WorkflowInstanceEntity): InstanceRecord => ({
  id: row.id,
  workflow: row.workflow,
  version: row.version,
  state: row.state,
  ...(row.stateEnteredAt ? { stateEnteredAt: row.stateEnteredAt } : {}),
  snapshot: row.snapshot,
  status: row.status as InstanceStatus,
  revision: row.revision,
  ownerId: row.ownerId,
  participants: row.participants ?? [],
  formPins: row.formPins ?? {},
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

export const toAuditRecord = (row: AuditEntryEntity): AuditRecord => ({
  id: row.id,
  instanceId: row.instanceId,
  revision: row.revision,
  event: row.event,
  data: row.data,
  actor: { ...row.actor, roles: row.actor.roles as AuditRecord['actor']['roles'] },
  fromState: row.fromState,
  toState: row.toState,
  at: row.at,
});

export const toOutboxRecord = (row: OutboxMessageEntity): OutboxRecord => ({
  id: row.id,
  instanceId: row.instanceId,
  type: row.type,
  payload: row.payload,
  status: row.status as OutboxRecord['status'],
  attempts: row.attempts,
  lastError: row.lastError,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

export const toTimerRecord = (row: TimerEntity): TimerRecord => ({
  id: row.id,
  instanceId: row.instanceId,
  name: row.name,
  event: row.event,
  dueAt: row.dueAt,
  status: row.status as TimerRecord['status'],
  createdAt: row.createdAt,
  firedAt: row.firedAt,
});

export const toIdempotencyRecord = (row: IdempotencyKeyEntity): IdempotencyRecord => ({
  actorId: row.actorId,
  key: row.key,
  fingerprint: row.fingerprint,
  instanceId: row.instanceId,
  response: row.response,
  createdAt: row.createdAt,
});
