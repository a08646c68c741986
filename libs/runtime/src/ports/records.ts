import type { EventActor, InstanceStatus } from '@yilin/contracts';

/** An instance as stored: the persisted XState snapshot plus what queries and guards need beside it. */
export interface InstanceRecord {
  id: string;
  workflow: string;
  version: number;
  state: string;
  /** When the instance reached `state`, where it is known; steps that stay in it leave this alone. */
  stateEnteredAt?: Date;
  snapshot: unknown;
  status: InstanceStatus;
  revision: number;
  ownerId: string;
  /** User ids the machine lists in `context.participants`: they see the instance besides its owner. */
  participants: string[];
  /** Form versions this instance was filled with, by form key. */
  formPins: Record<string, number>;
  createdAt: Date;
  updatedAt: Date;
  /**
   * The business keys the instance is found by, set by a write when they changed (or the instance is new);
   * absent on what a store reads back and on writes that leave them as they were.
   */
  searchKeys?: string[];
  /**
   * Keys of who may find it on their task list (`role:<role>`, `user:<id>`), worked out with each step;
   * absent when the writer did not work them out, and the stored ones then stand.
   */
  taskAudiences?: string[];
}

export interface AuditRecord {
  id: string;
  instanceId: string;
  revision: number;
  event: string;
  data: Record<string, unknown>;
  actor: EventActor;
  fromState: string | null;
  toState: string;
  at: Date;
}

export type OutboxStatus = 'pending' | 'done' | 'failed';

export interface OutboxRecord {
  id: string;
  instanceId: string;
  type: string;
  payload: Record<string, unknown>;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type TimerStatus = 'pending' | 'fired' | 'skipped' | 'cancelled';

export interface TimerRecord {
  id: string;
  instanceId: string;
  name: string;
  event: { type: string; data?: Record<string, unknown> };
  dueAt: Date;
  status: TimerStatus;
  createdAt: Date;
  firedAt: Date | null;
}

export interface IdempotencyRecord {
  actorId: string;
  key: string;
  fingerprint: string;
  instanceId: string;
  response: unknown;
  createdAt: Date;
}
