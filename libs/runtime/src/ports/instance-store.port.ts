import type { InstanceStatus } from '@yilin/contracts';

import type {
  AuditRecord,
  IdempotencyRecord,
  InstanceRecord,
  OutboxRecord,
  TimerRecord,
} from './records';

export interface InstanceQuery {
  workflow?: string;
  /** A state path; matches it and every state nested inside it. */
  state?: string;
  /**
   * True when `state` is a leaf that is never part of a parallel configuration: the stored state then
   * equals it exactly, and an index answers the query in order without scanning.
   */
  stateIsExact?: boolean;
  status?: InstanceStatus;
  /** Part of a business key, as `normalisedSearchText` leaves it: only instances found by it. */
  search?: string;
  /** Restricts to these workflows, or to instances `userId` owns or takes part in, in any workflow. */
  visibility: { allWorkflows: boolean; workflows: readonly string[]; userId: string };
  limit: number;
  /** Return ids strictly older (smaller) than this one. */
  cursor?: string;
}

/** Active instances filed under any of `audiences` (see `taskAudiencesOf`), newest first. */
export interface TaskQuery {
  audiences: readonly string[];
  workflow?: string;
  limit: number;
  /** Return ids strictly older (smaller) than this one. */
  cursor?: string;
}

/** Reads and writes that happen inside one database transaction. */
export interface StoreTransaction {
  /** Reads the instance and holds it against every other writer until the transaction ends. */
  lockInstance(id: string): Promise<InstanceRecord | null>;
  /** Locks several instances in one go, always in id order so two batches never deadlock; missing ones are left out. */
  lockInstances(ids: readonly string[]): Promise<InstanceRecord[]>;
  insertInstance(instance: InstanceRecord): Promise<void>;
  /** Writes the instance if its stored revision is still `expectedRevision`; false when it moved. */
  updateInstance(instance: InstanceRecord, expectedRevision: number): Promise<boolean>;
  /**
   * Writes instances this transaction holds locked, each at the revision it expects, in as few statements
   * as the store can; throws (and the transaction must roll back) when one is not at that revision.
   */
  updateInstances(changes: Array<{ instance: InstanceRecord; expectedRevision: number }>): Promise<void>;
  appendAudit(entry: AuditRecord): Promise<void>;
  /** Several instances' audit entries in one write. */
  appendAudits(entries: AuditRecord[]): Promise<void>;
  listAudit(instanceId: string): Promise<AuditRecord[]>;
  addOutbox(messages: OutboxRecord[]): Promise<void>;
  addTimers(timers: TimerRecord[]): Promise<void>;
  /** Cancels pending timers of the instance with these names (all pending ones when `names` is omitted). */
  cancelTimers(instanceId: string, names?: readonly string[]): Promise<string[]>;
  findTimer(id: string): Promise<TimerRecord | null>;
  /** The timers of these ids that exist, in no particular order. */
  findTimers(ids: readonly string[]): Promise<TimerRecord[]>;
  setTimerStatus(id: string, status: TimerRecord['status'], firedAt: Date): Promise<void>;
  setTimersStatus(ids: readonly string[], status: TimerRecord['status'], firedAt: Date): Promise<void>;
  findIdempotency(actorId: string, key: string): Promise<IdempotencyRecord | null>;
  saveIdempotency(record: IdempotencyRecord): Promise<void>;
}

/**
 * Persistence of instances, their audit trail, outbox and timers. An abstract class rather than an
 * interface so it can serve as a dependency-injection token.
 */
export abstract class InstanceStore {
  /**
   * Runs `work` in one transaction. `locksFirst` names the instance `work` locks first, when it is known
   * beforehand: a store whose transactions share commits may lock it together with the others' instances.
   */
  abstract transaction<T>(work: (tx: StoreTransaction) => Promise<T>, locksFirst?: string): Promise<T>;

  abstract findInstance(id: string): Promise<InstanceRecord | null>;
  abstract listInstances(query: InstanceQuery): Promise<InstanceRecord[]>;
  /** The instances filed under the task audiences asked for, read by index rather than by scanning instances. */
  abstract listTaskCandidates(query: TaskQuery): Promise<InstanceRecord[]>;
  abstract listInstanceIds(workflow: string, version: number): Promise<string[]>;
  abstract countByState(workflow: string): Promise<Array<{ state: string; status: InstanceStatus; count: number }>>;
  abstract listAudit(instanceId: string): Promise<AuditRecord[]>;

  abstract findOutbox(id: string): Promise<OutboxRecord | null>;
  abstract listOutbox(filter: { status: OutboxRecord['status']; createdBefore?: Date; limit: number }): Promise<OutboxRecord[]>;
  /** Records an attempt's outcome; `failed` only after the last attempt. */
  abstract updateOutbox(
    id: string,
    change: Pick<OutboxRecord, 'status' | 'attempts' | 'lastError'>,
  ): Promise<void>;

  abstract listPendingTimers(filter: { dueBefore?: Date; limit: number }): Promise<TimerRecord[]>;
}
