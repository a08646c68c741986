import type { InstanceStatus } from '@yilin/contracts';

import type { InstanceQuery, InstanceStore, StoreTransaction } from '../ports/instance-store.port';
import type {
  AuditRecord,
  IdempotencyRecord,
  InstanceRecord,
  OutboxRecord,
  TimerRecord,
} from '../ports/records';
import { stateMatches } from '../util/state-path.util';

interface Tables {
  instances: Map<string, InstanceRecord>;
  audit: AuditRecord[];
  outbox: Map<string, OutboxRecord>;
  timers: Map<string, TimerRecord>;
  idempotency: Map<string, IdempotencyRecord>;
}

const clone = <T>(value: T): T => structuredClone(value);

/**
 * An InstanceStore in memory: transactions run one at a time on a copy of the tables that replaces them
 * only when the work succeeds. For tests, the benchmark's baseline and bare-Node use of the runtime.
 */
export class InMemoryInstanceStore implements InstanceStore {
  private tables: Tables = {
    instances: new Map(),
    audit: [],
    outbox: new Map(),
    timers: new Map(),
    idempotency: new Map(),
  };
  private queue: Promise<unknown> = Promise.resolve();

  transaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      const draft = clone(this.tables);
      const result = await work(this.transactionOn(draft));
      this.tables = draft;
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async findInstance(id: string): Promise<InstanceRecord | null> {
    const instance = this.tables.instances.get(id);
    return instance ? clone(instance) : null;
  }

  async listInstances(query: InstanceQuery): Promise<InstanceRecord[]> {
    const { visibility } = query;
    return [...this.tables.instances.values()]
      .filter((i) => !query.workflow || i.workflow === query.workflow)
      .filter((i) => !query.state || stateMatches(i.state, query.state))
      .filter((i) => !query.status || i.status === query.status)
      .filter(
        (i) =>
          visibility.allWorkflows ||
          visibility.workflows.includes(i.workflow) ||
          i.ownerId === visibility.userId ||
          i.participants.includes(visibility.userId),
      )
      .filter((i) => !query.cursor || i.id < query.cursor)
      .sort((a, b) => (a.id < b.id ? 1 : -1))
      .slice(0, query.limit)
      .map(clone);
  }

  async listInstanceIds(workflow: string, version: number): Promise<string[]> {
    return [...this.tables.instances.values()]
      .filter((i) => i.workflow === workflow && i.version === version)
      .map((i) => i.id)
      .sort();
  }

  async countByState(workflow: string) {
    const counts = new Map<string, { state: string; status: InstanceStatus; count: number }>();
    for (const i of this.tables.instances.values()) {
      if (i.workflow !== workflow) continue;
      const key = `${i.state}|${i.status}`;
      const row = counts.get(key) ?? { state: i.state, status: i.status, count: 0 };
      row.count += 1;
      counts.set(key, row);
    }
    return [...counts.values()];
  }

  listAudit(instanceId: string): Promise<AuditRecord[]> {
    return this.transactionOn(this.tables).listAudit(instanceId);
  }

  async findOutbox(id: string): Promise<OutboxRecord | null> {
    const message = this.tables.outbox.get(id);
    return message ? clone(message) : null;
  }

  async listOutbox(filter: { status: OutboxRecord['status']; createdBefore?: Date; limit: number }) {
    return [...this.tables.outbox.values()]
      .filter((m) => m.status === filter.status)
      .filter((m) => !filter.createdBefore || m.createdAt < filter.createdBefore)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .slice(0, filter.limit)
      .map(clone);
  }

  async updateOutbox(id: string, change: Pick<OutboxRecord, 'status' | 'attempts' | 'lastError'>) {
    const message = this.tables.outbox.get(id);
    if (message) Object.assign(message, change, { updatedAt: new Date() });
  }

  async listPendingTimers(filter: { dueBefore?: Date; limit: number }): Promise<TimerRecord[]> {
    return [...this.tables.timers.values()]
      .filter((t) => t.status === 'pending')
      .filter((t) => !filter.dueBefore || t.dueAt <= filter.dueBefore)
      .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())
      .slice(0, filter.limit)
      .map(clone);
  }

  private transactionOn(tables: Tables): StoreTransaction {
    return {
      lockInstance: async (id) => clone(tables.instances.get(id) ?? null),
      insertInstance: async (instance) => {
        tables.instances.set(instance.id, clone(instance));
      },
      updateInstance: async (instance, expectedRevision) => {
        if (tables.instances.get(instance.id)?.revision !== expectedRevision) return false;
        tables.instances.set(instance.id, clone(instance));
        return true;
      },
      appendAudit: async (entry) => {
        if (tables.audit.some((e) => e.instanceId === entry.instanceId && e.revision === entry.revision)) {
          throw new Error(`Audit revision ${entry.revision} of ${entry.instanceId} exists`);
        }
        tables.audit.push(clone(entry));
      },
      listAudit: async (instanceId) =>
        tables.audit
          .filter((entry) => entry.instanceId === instanceId)
          .sort((a, b) => a.revision - b.revision)
          .map(clone),
      addOutbox: async (messages) => messages.forEach((m) => tables.outbox.set(m.id, clone(m))),
      addTimers: async (timers) => timers.forEach((t) => tables.timers.set(t.id, clone(t))),
      cancelTimers: async (instanceId, names) => {
        const cancelled: string[] = [];
        for (const timer of tables.timers.values()) {
          if (timer.instanceId !== instanceId || timer.status !== 'pending') continue;
          if (names && !names.includes(timer.name)) continue;
          timer.status = 'cancelled';
          cancelled.push(timer.id);
        }
        return cancelled;
      },
      findTimer: async (id) => clone(tables.timers.get(id) ?? null),
      setTimerStatus: async (id, status, firedAt) => {
        const timer = tables.timers.get(id);
        if (timer) Object.assign(timer, { status, firedAt });
      },
      findIdempotency: async (actorId, key) => clone(tables.idempotency.get(`${actorId}\u0000${key}`) ?? null),
      saveIdempotency: async (record) => {
        const id = `${record.actorId}\u0000${record.key}`;
        if (tables.idempotency.has(id)) throw new Error(`Idempotency key ${record.key} exists`);
        tables.idempotency.set(id, clone(record));
      },
    };
  }
}
