import { Injectable } from '@nestjs/common';
import { Brackets, type EntityManager, In, LessThan, LessThanOrEqual, type ObjectLiteral } from 'typeorm';

import type { InstanceStatus } from '@yilin/contracts';
import type {
  AuditRecord,
  IdempotencyRecord,
  InstanceQuery,
  InstanceRecord,
  InstanceStore,
  OutboxRecord,
  StoreTransaction,
  TaskQuery,
  TimerRecord,
} from '@yilin/runtime';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { partialRow } from '@engine/database/partial-row.util';
import { AskedTogether } from '@engine/database/asked-together';
import { RawTable } from '@engine/database/raw-table';
import { RowsReadTogether } from '@engine/database/rows-read-together';
import { addStateDurations } from '@engine/insights/state-durations';

import { AuditEntryEntity } from './entities/audit-entry.entity';
import { IdempotencyKeyEntity } from './entities/idempotency-key.entity';
import { InstanceTaskEntity } from './entities/instance-task.entity';
import { InstanceParticipantEntity } from './entities/instance-participant.entity';
import { InstanceSearchTermEntity } from './entities/instance-search-term.entity';
import { OutboxMessageEntity } from './entities/outbox-message.entity';
import { TimerEntity } from './entities/timer.entity';
import { WorkflowInstanceEntity } from './entities/workflow-instance.entity';
import {
  toAuditRecord,
  toIdempotencyRecord,
  toInstanceRecord,
  toOutboxRecord,
  toTimerRecord,
} from './instance-record.mapper';
import { searchTermsOf, termRange } from './search-terms.util';
import { type CountedPlace, countsByState, moveStateCounts } from './state-counts';

/** The runtime's InstanceStore on TypeORM, for SQLite and MariaDB alike. */
@Injectable()
export class TypeOrmInstanceStore implements InstanceStore {
  private hotTables: HotTables | null = null;
  private rowsByIdTogether: RowsById | null = null;

  /**
   * What happened to outbox messages, recorded while others are being recorded, goes in one transaction:
   * one statement for all the messages that came to the same outcome (most often: done at the first attempt).
   */
  private readonly outboxChanges = AskedTogether.writes<{ id: string; change: OutboxChange }>((changes) =>
    this.db.run(async (m) => {
      const updatedAt = new Date();
      const ids = changes.map((c) => c.id);
      if (new Set(ids).size < ids.length) {
        // The same message twice: recorded in the order asked, the later outcome last.
        for (const { id, change } of changes) await this.hot.outbox.update(m, { id }, { ...change, updatedAt });
        return;
      }
      const byOutcome = new Map<string, { change: OutboxChange; ids: string[] }>();
      for (const { id, change } of changes) {
        const outcome = JSON.stringify([change.status, change.attempts, change.lastError]);
        const same = byOutcome.get(outcome);
        if (same) same.ids.push(id);
        else byOutcome.set(outcome, { change, ids: [id] });
      }
      for (const { change, ids } of byOutcome.values()) {
        await this.hot.outbox.updateIn(m, 'id', ids.sort(), { ...change, updatedAt });
      }
    }),
  );

  constructor(private readonly db: DatabaseTransactions) {}

  /** The tables every transition writes, in plain SQL (built once the data source knows its entities). */
  private get hot(): HotTables {
    this.hotTables ??= {
      instances: new RawTable(this.db.dataSource, WorkflowInstanceEntity),
      audit: new RawTable(this.db.dataSource, AuditEntryEntity),
      outbox: new RawTable(this.db.dataSource, OutboxMessageEntity),
      timers: new RawTable(this.db.dataSource, TimerEntity),
      searchTerms: new RawTable(this.db.dataSource, InstanceSearchTermEntity),
    };
    return this.hotTables;
  }

  /**
   * On MariaDB, reads of an instance or an outbox message by id asked together share a statement. Not on
   * SQLite: its one connection may be held by the unit of work asking, which a shared read would wait behind.
   */
  private get rowsById(): RowsById | null {
    if (this.db.driver !== 'mysql') return null;
    const manager = this.db.dataSource.manager;
    return (this.rowsByIdTogether ??= {
      instances: new RowsReadTogether((ids) => this.hot.instances.findIn(manager, 'id', ids), (row) => row.id),
      outbox: new RowsReadTogether((ids) => this.hot.outbox.findIn(manager, 'id', ids), (row) => row.id),
    });
  }

  transaction<T>(work: (tx: StoreTransaction) => Promise<T>, locksFirst?: string): Promise<T> {
    const lockAhead =
      locksFirst === undefined ? undefined : { table: 'instances', id: locksFirst, lockAll: this.lockInstancesAhead };
    return this.db.run((manager) => work(this.transactionOn(manager)), lockAhead);
  }

  private readonly lockInstancesAhead = (m: EntityManager, ids: readonly string[]) =>
    this.hot.instances.findIn(m, 'id', ids, true);

  async findInstance(id: string): Promise<InstanceRecord | null> {
    const together = this.rowsById?.instances;
    const row = together ? await together.read(id) : await this.read((m) => this.hot.instances.findOne(m, 'id', id));
    return row && toInstanceRecord(row);
  }

  /**
   * A page of instances, newest first. Who may see what is answered by index: each way of seeing an
   * instance (owning it, taking part in it, seeing its whole workflow) is its own ordered, bounded query,
   * and the page is the newest of their union. One `OR` over them would make the database merge them all.
   */
  listInstances(query: InstanceQuery): Promise<InstanceRecord[]> {
    return this.read(async (m) => {
      const { allWorkflows, workflows, userId } = query.visibility;
      if (allWorkflows) return (await this.pageOf(m, query).getMany()).map(toInstanceRecord);
      const branches = [
        this.pageOf(m, query).andWhere('i.ownerId = :userId', { userId }),
        this.pageOf(m, query, 'p.instance_id')
          .innerJoin(InstanceParticipantEntity, 'p', 'p.instance_id = i.id')
          .andWhere('p.user_id = :userId', { userId }),
        ...workflows
          .filter((workflow) => !query.workflow || workflow === query.workflow)
          .map((workflow) => this.pageOf(m, query).andWhere('i.workflow = :visible', { visible: workflow })),
      ];
      const seen = new Map<string, WorkflowInstanceEntity>();
      for (const branch of branches) for (const row of await branch.getMany()) seen.set(row.id, row);
      return [...seen.values()]
        .sort((a, b) => (a.id < b.id ? 1 : -1))
        .slice(0, query.limit)
        .map(toInstanceRecord);
    });
  }

  /** The query's filters and order, `limit` rows at most, before any visibility rule. */
  private pageOf(m: EntityManager, query: InstanceQuery, orderColumn = 'i.id') {
    const qb = m.createQueryBuilder(WorkflowInstanceEntity, 'i').orderBy(orderColumn, 'DESC').limit(query.limit);
    if (query.workflow) qb.andWhere('i.workflow = :workflow', { workflow: query.workflow });
    if (query.state && query.stateIsExact) {
      qb.andWhere('i.state = :state', { state: query.state });
    } else if (query.state) {
      qb.andWhere(
        new Brackets((w) =>
          w.where('i.state = :state', { state: query.state }).orWhere('i.state LIKE :nested', {
            nested: `${escapeLike(query.state!)}.%`,
          }),
        ),
      );
    }
    if (query.status) qb.andWhere('i.status = :status', { status: query.status });
    if (query.search) {
      // A range on the terms' primary key: every stored suffix that begins with what was typed.
      const { from, to } = termRange(query.search);
      qb.andWhere(
        'i.id IN (SELECT t.instance_id FROM instance_search_terms t WHERE t.term >= :termFrom AND t.term < :termTo)',
        { termFrom: from, termTo: to },
      );
    }
    if (query.cursor) qb.andWhere(`${orderColumn} < :cursor`, { cursor: query.cursor });
    return qb;
  }

  /**
   * Instances filed under any of the audiences, newest first: one ordered, bounded index read per audience
   * (an `IN` over them would make the database merge and sort them all), then the newest of their union.
   */
  listTaskCandidates(query: TaskQuery): Promise<InstanceRecord[]> {
    return this.read(async (m) => {
      const ids = new Set<string>();
      for (const audience of new Set(query.audiences)) {
        const qb = m
          .createQueryBuilder(InstanceTaskEntity, 't')
          .select('t.instance_id', 'id')
          .where('t.audience = :audience', { audience })
          .orderBy('t.instance_id', 'DESC')
          .limit(query.limit)
          // MariaDB otherwise may sort the audience's every row, or walk the whole instance index looking
          // for it; these keys hold the audience's rows in instance order (SQLite ignores the hint).
          .useIndex(query.workflow ? 'idx_instance_tasks_workflow' : 'PRIMARY');
        if (query.workflow) qb.andWhere('t.workflow = :workflow', { workflow: query.workflow });
        if (query.cursor) qb.andWhere('t.instance_id < :cursor', { cursor: query.cursor });
        for (const row of await qb.getRawMany<{ id: string }>()) ids.add(row.id);
      }
      const newest = [...ids].sort().reverse().slice(0, query.limit);
      const rows = await this.hot.instances.findIn(m, 'id', newest);
      return rows.sort((a, b) => (a.id < b.id ? 1 : -1)).map(toInstanceRecord);
    });
  }

  listInstanceIds(workflow: string, version: number): Promise<string[]> {
    return this.read(async (m) => {
      const rows = await m.find(WorkflowInstanceEntity, {
        select: { id: true },
        where: { workflow, version },
        order: { id: 'ASC' },
      });
      return rows.map((row) => row.id);
    });
  }

  countByState(workflow: string) {
    return this.read((m) => countsByState(m, workflow) as Promise<Array<{ state: string; status: InstanceStatus; count: number }>>);
  }

  listAudit(instanceId: string): Promise<AuditRecord[]> {
    return this.read((m) => this.transactionOn(m).listAudit(instanceId));
  }

  async findOutbox(id: string): Promise<OutboxRecord | null> {
    const together = this.rowsById?.outbox;
    const row = together ? await together.read(id) : await this.read((m) => this.hot.outbox.findOne(m, 'id', id));
    return row && toOutboxRecord(row);
  }

  listOutbox(filter: { status: OutboxRecord['status']; createdBefore?: Date; limit: number }) {
    return this.read(async (m) => {
      const rows = await m.find(OutboxMessageEntity, {
        where: {
          status: filter.status,
          ...(filter.createdBefore ? { createdAt: LessThan(filter.createdBefore) } : {}),
        },
        order: { id: 'ASC' },
        take: filter.limit,
      });
      return rows.map(toOutboxRecord);
    });
  }

  updateOutbox(id: string, change: OutboxChange): Promise<void> {
    return this.outboxChanges.ask({ id, change });
  }

  listPendingTimers(filter: { dueBefore?: Date; limit: number }): Promise<TimerRecord[]> {
    return this.read(async (m) => {
      const rows = await m.find(TimerEntity, {
        where: { status: 'pending', ...(filter.dueBefore ? { dueAt: LessThanOrEqual(filter.dueBefore) } : {}) },
        order: { dueAt: 'ASC' },
        take: filter.limit,
      });
      return rows.map(toTimerRecord);
    });
  }

  private read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.exclusive(() => work(this.db.dataSource.manager));
  }

  private transactionOn(m: EntityManager): StoreTransaction {
    const hot = this.hot;
    // In a group sharing a MariaDB commit, the rows every step writes go out with the group's.
    const held = this.db.groupWritesOf(m);
    // And the instances it locked ahead for its steps, each answering the first lock of it.
    const locksAhead = this.db.locksAheadOf(m);
    // Participants as read under the lock, so an update rewrites their rows only when they changed.
    const lockedParticipants = new Map<string, string[]>();
    // Where each locked instance stood and since when, so its read models move when it leaves.
    const lockedPlaces = new Map<string, StoredPlace>();
    // Search terms change with an instance's business keys only; the runtime sends keys when they did.
    const writeSearchTerms = async (instance: InstanceRecord, replacing: boolean) => {
      if (!instance.searchKeys) return;
      if (replacing) await m.delete(InstanceSearchTermEntity, { instanceId: instance.id });
      const terms = searchTermsOf(instance.searchKeys);
      await hot.searchTerms.insert(m, terms.map((term) => ({ term, instanceId: instance.id })));
    };
    const writeParticipants = async (instanceId: string, participants: string[]) => {
      await m.delete(InstanceParticipantEntity, { instanceId });
      if (participants.length) {
        await m.insert(InstanceParticipantEntity, participants.map((userId) => ({ instanceId, userId })));
      }
    };
    // Revisions as locked (or last written) here: under the lock nobody else can move them.
    const lockedRevisions = new Map<string, number>();
    const remember = (row: Pick<WorkflowInstanceEntity, 'id' | 'revision' | 'participants'> & StoredPlace) => {
      lockedRevisions.set(row.id, row.revision);
      lockedParticipants.set(row.id, row.participants ?? []);
      lockedPlaces.set(row.id, placeOf(row));
    };
    /** Rows of one instance's step: written now, or held for the group's commit when it shares one. */
    const insertOrHold = async <E extends ObjectLiteral>(table: RawTable<E>, name: string, records: Array<{ instanceId: string }>) => {
      const rows = records as unknown as Array<Partial<E>>;
      if (!held) return table.insert(m, rows);
      records.forEach((record, i) => held.defer(name, record.instanceId, [rows[i]], (inGroup, all) => table.insert(inGroup, all)));
    };
    /** The read models steps move besides their rows: state counts and time in state, for all of them at once. */
    const afterSteps = async (steps: Array<{ row: StoredRow; before: StoredPlace | null }>) => {
      await moveStateCounts(m, steps.map(({ row, before }) => ({ instanceId: row.id, from: before, to: row })));
      await addStateDurations(
        m,
        steps.flatMap(({ row, before }) =>
          before?.stateEnteredAt && before.state !== row.state
            ? [{ instanceId: row.id, place: before, ms: row.updatedAt.getTime() - before.stateEnteredAt.getTime() }]
            : [],
        ),
      );
      steps.forEach(({ row }) => remember(row));
    };
    return {
      lockInstance: async (id) => {
        const lockedAhead = locksAhead?.claim<WorkflowInstanceEntity>('instances', id);
        if (lockedAhead) {
          remember(lockedAhead);
          return toInstanceRecord(lockedAhead);
        }
        await held?.sendBeforeReading('instances', id);
        const row = await hot.instances.findOne(m, 'id', id, true);
        if (row) remember(row);
        return row && toInstanceRecord(row);
      },
      lockInstances: async (ids) => {
        for (const id of ids) {
          locksAhead?.forget('instances', id);
          await held?.sendBeforeReading('instances', id);
        }
        const rows = await hot.instances.findIn(m, 'id', [...new Set(ids)].sort(), true);
        rows.forEach(remember);
        return rows.map(toInstanceRecord);
      },
      insertInstance: async (instance) => {
        locksAhead?.forget('instances', instance.id);
        const row = stepRow(instance, null);
        await m.insert(WorkflowInstanceEntity, partialRow<WorkflowInstanceEntity>(row));
        await writeSearchTerms(instance, false);
        if (instance.participants.length) await writeParticipants(instance.id, instance.participants);
        await fileTasks(m, [{ row, before: null }]);
        await afterSteps([{ row, before: null }]);
      },
      updateInstance: async (instance, expectedRevision) => {
        locksAhead?.forget('instances', instance.id);
        await held?.sendBeforeReading('instances', instance.id);
        const before = lockedPlaces.get(instance.id) ?? (await placeBefore(m, instance.id));
        const { id, ...fields } = stepRow(instance, before);
        if (held && lockedRevisions.get(id) === expectedRevision) {
          // Locked at that revision by this unit: nobody can move it before the group commits.
          held.defer('instances', id, [{ id, ...fields }], (inGroup, rows) =>
            hot.instances.upsert(inGroup, 'id', rows as Array<Partial<WorkflowInstanceEntity>>),
          );
        } else {
          const changed = await hot.instances.update(m, { id, revision: expectedRevision }, fields as Partial<WorkflowInstanceEntity>);
          if (changed !== 1) return false;
        }
        if (lockedParticipants.get(id)?.join() !== instance.participants.join()) {
          await writeParticipants(id, instance.participants);
        }
        const row = { id, ...fields };
        await fileTasks(m, [{ row, before }]);
        await writeSearchTerms(instance, true);
        // A later step on the same instance in this transaction (a batch of timers) starts from here.
        await afterSteps([{ row, before }]);
        return true;
      },
      updateInstances: async (changes) => {
        for (const { instance, expectedRevision } of changes) {
          locksAhead?.forget('instances', instance.id);
          if (lockedRevisions.get(instance.id) !== expectedRevision) {
            throw new Error(`Instance ${instance.id} is not held at revision ${expectedRevision}`);
          }
        }
        const steps = changes.map(({ instance }) => {
          const before = lockedPlaces.get(instance.id) ?? null;
          return { row: stepRow(instance, before), before };
        });
        await hot.instances.upsert(m, 'id', steps.map(({ row }) => row as Partial<WorkflowInstanceEntity>));
        await fileTasks(m, steps);
        for (const { row } of steps) {
          if (lockedParticipants.get(row.id)?.join() !== row.participants.join()) {
            await writeParticipants(row.id, row.participants);
          }
        }
        await afterSteps(steps);
        for (const { instance } of changes) await writeSearchTerms(instance, true);
      },
      appendAudit: (entry) => insertOrHold(hot.audit, 'audit', [entry]),
      appendAudits: (entries) => insertOrHold(hot.audit, 'audit', entries),
      listAudit: async (instanceId) => {
        await held?.sendBeforeReading('audit', instanceId);
        return (await m.find(AuditEntryEntity, { where: { instanceId }, order: { revision: 'ASC' } })).map(toAuditRecord);
      },
      addOutbox: (messages) => insertOrHold(hot.outbox, 'outbox', messages),
      addTimers: (timers) => insertOrHold(hot.timers, 'timers', timers),
      cancelTimers: async (instanceId, names) => {
        await held?.sendBeforeReading('timers', instanceId);
        const where = { instanceId, status: 'pending', ...(names ? { name: In([...names]) } : {}) };
        const pending = await m.find(TimerEntity, { select: { id: true }, where });
        if (!pending.length) return [];
        const ids = pending.map((timer) => timer.id);
        await m.update(TimerEntity, { id: In(ids) }, { status: 'cancelled' });
        return ids;
      },
      findTimer: async (id) => {
        await held?.sendBeforeReadingTable('timers');
        const row = await hot.timers.findOne(m, 'id', id);
        return row && toTimerRecord(row);
      },
      findTimers: async (ids) => {
        await held?.sendBeforeReadingTable('timers');
        return (await hot.timers.findIn(m, 'id', [...new Set(ids)])).map(toTimerRecord);
      },
      setTimersStatus: async (ids, status, firedAt) => {
        await held?.sendBeforeReadingTable('timers');
        await hot.timers.updateIn(m, 'id', ids, { status, firedAt });
      },
      setTimerStatus: async (id, status, firedAt) => {
        await held?.sendBeforeReadingTable('timers');
        await hot.timers.update(m, { id }, { status, firedAt });
      },
      findIdempotency: async (actorId, key) => {
        const row = await m.findOneBy(IdempotencyKeyEntity, { actorId, key });
        return row && toIdempotencyRecord(row);
      },
      saveIdempotency: async (record: IdempotencyRecord) => {
        await m.insert(IdempotencyKeyEntity, partialRow<IdempotencyKeyEntity>(record));
      },
    };
  }
}

/** Where an instance stood, since when, and under which task audiences it was filed. */
type StoredPlace = CountedPlace & Pick<WorkflowInstanceEntity, 'stateEnteredAt' | 'taskAudiences'>;

/** An instance's row as a step writes it (its search keys go to their own table). */
type StoredRow = Omit<InstanceRecord, 'taskAudiences' | 'searchKeys' | 'stateEnteredAt'> &
  Pick<WorkflowInstanceEntity, 'stateEnteredAt' | 'taskAudiences'>;

const placeOf = (row: StoredPlace): StoredPlace => ({
  workflow: row.workflow,
  state: row.state,
  status: row.status,
  stateEnteredAt: row.stateEnteredAt ?? null,
  taskAudiences: row.taskAudiences ?? null,
});

/** Where an instance stood before this update, read inside the same transaction. */
async function placeBefore(m: EntityManager, id: string): Promise<StoredPlace | null> {
  const row = await m.findOne(WorkflowInstanceEntity, {
    select: { workflow: true, state: true, status: true, stateEnteredAt: true, taskAudiences: true },
    where: { id },
  });
  return row && placeOf(row);
}

/**
 * The row a step writes: the clock of its state restarts when the state changes, and the task audiences
 * the runtime worked out replace the stored ones (which stand when it worked none out).
 */
function stepRow(instance: InstanceRecord, before: StoredPlace | null): StoredRow {
  const moved = !before || before.state !== instance.state;
  const { searchKeys: _indexed, ...stored } = instance;
  return {
    ...stored,
    stateEnteredAt: moved ? instance.updatedAt : before.stateEnteredAt,
    taskAudiences: instance.taskAudiences ?? before?.taskAudiences ?? null,
  };
}

/** Files each instance under its task audiences again, where they changed: one delete and one insert. */
async function fileTasks(m: EntityManager, steps: Array<{ row: StoredRow; before: StoredPlace | null }>): Promise<void> {
  const changed = steps.filter(({ row, before }) => (row.taskAudiences ?? []).join() !== (before?.taskAudiences ?? []).join());
  const filed = changed.filter(({ before }) => before?.taskAudiences?.length).map(({ row }) => row.id);
  if (filed.length) await m.delete(InstanceTaskEntity, { instanceId: In(filed) });
  const rows = changed.flatMap(({ row }) =>
    (row.taskAudiences ?? []).map((audience) => ({ audience, instanceId: row.id, workflow: row.workflow })),
  );
  if (rows.length) await m.insert(InstanceTaskEntity, rows);
}

type OutboxChange = Pick<OutboxRecord, 'status' | 'attempts' | 'lastError'>;

interface RowsById {
  instances: RowsReadTogether<WorkflowInstanceEntity>;
  outbox: RowsReadTogether<OutboxMessageEntity>;
}

interface HotTables {
  instances: RawTable<WorkflowInstanceEntity>;
  audit: RawTable<AuditEntryEntity>;
  outbox: RawTable<OutboxMessageEntity>;
  timers: RawTable<TimerEntity>;
  searchTerms: RawTable<InstanceSearchTermEntity>;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
