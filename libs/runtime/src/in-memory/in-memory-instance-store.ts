import type { InstanceStatus } from '@yilin/contracts';

import type { InstanceQuery, InstanceStore, StoreTransaction, TaskQuery } from '../ports/instance-store.port';
import type {
  AuditRecord,
  IdempotencyRecord,
  InstanceRecord,
  OutboxRecord,
  TimerRecord,
} from '../ports/records';
import { cloneRecord } from '../util/clone-record.util';
import { stateMatches } from '../util/state-path.util';

interface Tables {
  instances: Map<string, InstanceRecord>;
  /** Audit entries by instance id, in revision order. */
  audit: Map<string, AuditRecord[]>;
  outbox: Map<string, OutboxRecord>;
  timers: Map<string, TimerRecord>;
  idempotency: Map<string, IdempotencyRecord>;
  /** Business keys by instance id, normalised, as the last write that changed them left them. */
  searchKeys: Map<string, string[]>;
}

const clone = cloneRecord;

/**
 * An InstanceStore in memory: transactions run one at a time and write straight into the tables, keeping
 * an undo list that puts everything back if the work fails. For tests, the benchmark's baseline and
 * bare-Node use of the runtime.
 */
export class InMemoryInstanceStore implements InstanceStore {
  private readonly tables: Tables = {
    instances: new Map(),
    audit: new Map(),
    outbox: new Map(),
    timers: new Map(),
    idempotency: new Map(),
    searchKeys: new Map(),
  };
  private queue: Promise<unknown> = Promise.resolve();

  transaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      const undo: Array<() => void> = [];
      try {
        return await work(this.transactionOn(this.tables, undo));
      } catch (error) {
        undo.reverse().forEach((revert) => revert());
        throw error;
      }
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
      .filter((i) => !query.search || (this.tables.searchKeys.get(i.id) ?? []).some((key) => key.includes(query.search!)))
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

  async listTaskCandidates(query: TaskQuery): Promise<InstanceRecord[]> {
    return [...this.tables.instances.values()]
      .filter((i) => i.taskAudiences?.some((audience) => query.audiences.includes(audience)))
      .filter((i) => !query.workflow || i.workflow === query.workflow)
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

  private transactionOn(tables: Tables, undo: Array<() => void> = []): StoreTransaction {
    const setIn = <V>(map: Map<string, V>, key: string, value: V) => {
      const before = map.get(key);
      undo.push(() => (before === undefined ? map.delete(key) : map.set(key, before)));
      map.set(key, value);
    };
    // A writer that did not work out who the instance waits for leaves the stored answer standing.
    const withStoredAudiences = (instance: InstanceRecord): InstanceRecord =>
      clone(instance.taskAudiences ? instance : { ...instance, taskAudiences: tables.instances.get(instance.id)?.taskAudiences });
    const auditOf = (instanceId: string) => tables.audit.get(instanceId) ?? [];
    // The record as stored: its search keys, when the write carries them, live beside it.
    const writeInstance = ({ searchKeys, ...instance }: InstanceRecord) => {
      setIn(tables.instances, instance.id, withStoredAudiences(instance));
      if (searchKeys) setIn(tables.searchKeys, instance.id, [...searchKeys]);
    };
    const setTimerStatus = (id: string, status: TimerRecord['status'], firedAt: Date) => {
      const timer = tables.timers.get(id);
      if (timer) setIn(tables.timers, id, { ...timer, status, firedAt });
    };
    // Appended in place (an instance's history only grows): copying it on every step cost more the longer it got.
    const appendAudit = (entry: AuditRecord) => {
      const entries = tables.audit.get(entry.instanceId) ?? [];
      const last = entries[entries.length - 1];
      if (last && last.revision >= entry.revision && entries.some((e) => e.revision === entry.revision)) {
        throw new Error(`Audit revision ${entry.revision} of ${entry.instanceId} exists`);
      }
      const length = entries.length;
      if (!length) tables.audit.set(entry.instanceId, entries);
      entries.push(clone(entry));
      undo.push(() => {
        entries.length = length;
        if (!length) tables.audit.delete(entry.instanceId);
      });
    };
    return {
      lockInstance: async (id) => clone(tables.instances.get(id) ?? null),
      lockInstances: async (ids) =>
        [...new Set(ids)]
          .sort()
          .flatMap((id) => {
            const instance = tables.instances.get(id);
            return instance ? [clone(instance)] : [];
          }),
      insertInstance: async (instance) => writeInstance(instance),
      updateInstance: async (instance, expectedRevision) => {
        if (tables.instances.get(instance.id)?.revision !== expectedRevision) return false;
        writeInstance(instance);
        return true;
      },
      updateInstances: async (changes) => {
        for (const { instance, expectedRevision } of changes) {
          if (tables.instances.get(instance.id)?.revision !== expectedRevision) {
            throw new Error(`Instance ${instance.id} is not at revision ${expectedRevision}`);
          }
          writeInstance(instance);
        }
      },
      appendAudit: async (entry) => appendAudit(entry),
      appendAudits: async (entries) => entries.forEach(appendAudit),
      listAudit: async (instanceId) => auditOf(instanceId).map(clone),
      addOutbox: async (messages) => messages.forEach((m) => setIn(tables.outbox, m.id, clone(m))),
      addTimers: async (timers) => timers.forEach((t) => setIn(tables.timers, t.id, clone(t))),
      cancelTimers: async (instanceId, names) => {
        const cancelled: string[] = [];
        for (const timer of tables.timers.values()) {
          if (timer.instanceId !== instanceId || timer.status !== 'pending') continue;
          if (names && !names.includes(timer.name)) continue;
          setIn(tables.timers, timer.id, { ...timer, status: 'cancelled' });
          cancelled.push(timer.id);
        }
        return cancelled;
      },
      findTimer: async (id) => clone(tables.timers.get(id) ?? null),
      findTimers: async (ids) =>
        [...new Set(ids)].flatMap((id) => {
          const timer = tables.timers.get(id);
          return timer ? [clone(timer)] : [];
        }),
      setTimerStatus: async (id, status, firedAt) => setTimerStatus(id, status, firedAt),
      setTimersStatus: async (ids, status, firedAt) => ids.forEach((id) => setTimerStatus(id, status, firedAt)),
      findIdempotency: async (actorId, key) => clone(tables.idempotency.get(`${actorId}\u0000${key}`) ?? null),
      saveIdempotency: async (record) => {
        const id = `${record.actorId}\u0000${record.key}`;
        if (tables.idempotency.has(id)) throw new Error(`Idempotency key ${record.key} exists`);
        setIn(tables.idempotency, id, clone(record));
      },
    };
  }
}
