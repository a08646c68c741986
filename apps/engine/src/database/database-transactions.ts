import { AsyncLocalStorage } from 'node:async_hooks';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';

import { GroupWrites } from './group-writes';
import { HeldStatements } from './held-statements';
import { type LockAhead, LocksAhead } from './locks-ahead';

type Work<T> = (manager: EntityManager) => Promise<T>;

interface QueuedUnit {
  work: Work<unknown>;
  lockAhead?: LockAhead;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

const nextTurnOfEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Most units of work one commit carries; each still commits or rolls back on its own. */
const MAX_GROUP = 64;
/**
 * Groups open at once on MariaDB, each on its own pooled connection (the pool holds 24; the rest serve
 * reads). Units arriving while all are busy wait and share the next commit. Few: every statement costs
 * the engine's thread a write to the socket, and fewer, fuller groups send fewer of them (4 against 12:
 * 256 instances side by side 1.29× faster, HTTP events' p99 half, in one bench run on 2 cores).
 */
const MARIADB_OPEN_GROUPS = 4;

export interface CommitStats {
  /** Durable commits of units of work. */
  commits: number;
  /** Units of work those commits carried. */
  units: number;
  /** Groups rolled back whole (a deadlock, or a unit failing after it wrote), whose units then ran alone. */
  groupsRunAlone: number;
}
/** MariaDB's errors that roll back the whole transaction, every savepoint of the group with it. */
const TRANSACTION_LOST = new Set(['ER_LOCK_DEADLOCK']);

/**
 * The one way to write to the database.
 *
 * Units of work that queue up while earlier ones commit share the next durable commit — group commit —
 * and nobody is answered before that commit is on disk; a unit that fails never takes another's work
 * with it. SQLite has a single connection, so one group runs at a time (a statement of one unit would
 * otherwise join another's transaction), each unit in its own savepoint. On MariaDB several groups run
 * side by side on pooled connections; when a group cannot keep its units' work (a deadlock between two
 * groups over rows several instances lock, such as a fund's ledger), each of them runs again alone.
 */
@Injectable()
export class DatabaseTransactions {
  private readonly serialised: boolean;
  private tail: Promise<unknown> = Promise.resolve();
  private readonly queued: QueuedUnit[] = [];
  private groupScheduled = false;
  private openGroups = 0;
  private unitsInOpenGroups = 0;
  /** How many groups may be open at once on MariaDB. */
  openGroupLimit = MARIADB_OPEN_GROUPS;
  readonly stats: CommitStats = { commits: 0, units: 0, groupsRunAlone: 0 };
  /** Connections already told their isolation level, so no transaction has to say it again. */
  private readonly isolated = new WeakSet<object>();
  /** The unit of work the current call chain runs in, so a read inside it joins its transaction. */
  private readonly currentUnit = new AsyncLocalStorage<{ manager: EntityManager; open: boolean }>();
  /** The held writes of each shared group now running, by the manager its units write through. */
  private readonly sharedGroups = new WeakMap<EntityManager, GroupWrites>();
  /** The rows each shared group locked ahead for its units, by the manager its units run on. */
  private readonly groupLocks = new WeakMap<EntityManager, LocksAhead>();

  constructor(readonly dataSource: DataSource) {
    this.serialised = dataSource.options.type === 'better-sqlite3';
  }

  get driver(): 'sqlite' | 'mysql' {
    return this.serialised ? 'sqlite' : 'mysql';
  }

  /**
   * Runs `work` in a transaction. On MariaDB at READ COMMITTED: writers serialise on row locks, and every
   * read after a lock must see what the previous holder committed, not a snapshot from before the wait.
   * `lockAhead` names the row `work` locks first: a MariaDB group of several units locks all the rows its
   * units named in one statement before running them (see LocksAhead).
   */
  run<T>(work: Work<T>, lockAhead?: LockAhead): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queued.push({ work, lockAhead, resolve: resolve as (value: unknown) => void, reject });
      if (this.serialised) this.scheduleSerialGroup();
      else this.openMariadbGroups();
    });
  }

  /**
   * Runs a single read or write outside a transaction, still never inside another unit's transaction.
   * Inside a unit of work it is part of that unit: on SQLite it could not wait for the unit to end.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (!this.serialised || this.unitManager()) return work();
    // Each turn on the single connection starts on a fresh turn of the event loop: better-sqlite3 answers
    // synchronously, so a queue of reads chained on promises alone would run back to back and keep every
    // request that arrived meanwhile (a health probe) waiting for the whole queue.
    const run = this.tail.then(nextTurnOfEventLoop).then(work);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /**
   * Asks the database to answer without queueing behind other units of work: a health probe must say
   * whether the database is there, not how long the queue is. On SQLite it may run inside another unit's
   * open transaction, which a statement that touches no row cannot disturb.
   */
  async probe(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }

  /** A read on the transaction of the unit of work this call chain runs in, or on its own otherwise. */
  read<T>(work: Work<T>): Promise<T> {
    const manager = this.unitManager();
    if (manager) return work(manager);
    return this.exclusive(() => work(this.dataSource.manager));
  }

  /**
   * Where a unit writing through `manager` may hold its rows until its group commits (see GroupWrites):
   * only in a MariaDB transaction of one group, of one unit or several; null means write at once.
   */
  groupWritesOf(manager: EntityManager): GroupWrites | null {
    return this.sharedGroups.get(manager) ?? null;
  }

  /** The rows the group of the unit writing through `manager` locked ahead for its units, if it did. */
  locksAheadOf(manager: EntityManager): LocksAhead | null {
    return this.groupLocks.get(manager) ?? null;
  }

  /** The manager of the unit this call chain runs in, while that unit is still running. */
  private unitManager(): EntityManager | null {
    const unit = this.currentUnit.getStore();
    return unit?.open ? unit.manager : null;
  }

  private scheduleSerialGroup(): void {
    if (this.groupScheduled) return;
    this.groupScheduled = true;
    void this.exclusive(async () => {
      this.groupScheduled = false;
      const group = this.queued.splice(0, MAX_GROUP);
      if (this.queued.length) this.scheduleSerialGroup();
      await this.commitGroup(group);
    });
  }

  /**
   * Opens groups while there are units waiting and connections for them. A group takes no more than its
   * fair share of the units waiting or in groups: otherwise the first group to open after a burst takes
   * the whole burst and runs its units one after another for a long while, as the other groups carry one
   * unit at a time — and the burst comes back together, so the convoy repeats (at 32 HTTP connections,
   * one group of 27 units for 113 ms beside three of one for 8 ms each).
   */
  private openMariadbGroups(): void {
    while (this.openGroups < this.openGroupLimit && this.queued.length) {
      const fairShare = Math.ceil((this.queued.length + this.unitsInOpenGroups) / this.openGroupLimit);
      const group = this.queued.splice(0, Math.min(MAX_GROUP, fairShare));
      this.openGroups += 1;
      this.unitsInOpenGroups += group.length;
      void this.commitGroup(group).finally(() => {
        this.openGroups -= 1;
        this.unitsInOpenGroups -= group.length;
        this.openMariadbGroups();
      });
    }
  }

  /**
   * Commits `group`'s units of work in one transaction. On MariaDB their rows are held and sent with the
   * COMMIT (see GroupWrites and HeldStatements), unless `holdRows` is false: a unit runs again alone, writing
   * at once, after its group could not keep its work.
   */
  private async commitGroup(group: QueuedUnit[], holdRows = true): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    const statements = this.serialised ? null : new HeldStatements(runner);
    let outcomes: Outcome[];
    try {
      await this.begin(runner, statements);
      if (statements && holdRows) outcomes = await this.runShared(runner, group, statements);
      else if (group.length === 1) outcomes = [await this.runAlone(runner, group[0])];
      else outcomes = await this.runInSavepoints(runner, group);
      await this.commit(runner, statements);
    } catch (error) {
      if (runner.isTransactionActive) await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
      if (error instanceof GroupLost) {
        this.stats.groupsRunAlone += 1;
        // One after another, on this group's share of the pool: run side by side, a large group's units
        // would take every pooled connection and leave none for the reads their own work makes.
        for (const unit of group) await this.commitGroup([unit], false);
        return;
      }
      group.forEach((unit) => unit.reject(error));
      return;
    }
    await runner.release();
    this.stats.commits += 1;
    this.stats.units += group.length;
    group.forEach((unit, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) unit.resolve(outcome.value);
      else unit.reject(outcome.error);
    });
  }

  /**
   * Commits, with the rows held until now sent in the same round trip. The server runs nothing after a
   * statement it refuses, so a refused held row means nothing was committed, and the units run again alone.
   */
  private async commit(runner: QueryRunner, statements: HeldStatements | null): Promise<void> {
    const carriesRows = statements?.holdsWrites ?? false;
    await runner.commitTransaction().catch((error: unknown) => {
      throw carriesRows && isRefusedByServer(error) ? new GroupLost(error) : error;
    });
  }

  /** A unit with a transaction to itself: no savepoint, and its failure is the transaction's. */
  private async runAlone(runner: QueryRunner, unit: QueuedUnit): Promise<Outcome> {
    return { ok: true, value: await this.inUnit(runner.manager, unit.work) };
  }

  /**
   * MariaDB: the units share the transaction without savepoints, which would cost two more round trips
   * per unit, and the rows they hold back (GroupWrites) go out together with the commit. A unit that
   * fails before writing anything (refused, invalid: the usual failures) changed nothing and fails alone.
   * One that fails after writing, or a deadlock, undoes the group, and each of its units then runs in a
   * transaction of its own, so nobody's outcome depends on another's; a group of one is that transaction.
   */
  private async runShared(runner: QueryRunner, group: QueuedUnit[], statements: HeldStatements): Promise<Outcome[]> {
    const writes = trackWrites(runner);
    const held = new GroupWrites(runner.manager, writes);
    this.sharedGroups.set(runner.manager, held);
    try {
      if (group.length > 1 && group.some((unit) => unit.lockAhead)) {
        const named = group.map((unit) => unit.lockAhead);
        const locks = await LocksAhead.take(runner.manager, named).catch((error: unknown) => {
          throw new GroupLost(error);
        });
        this.groupLocks.set(runner.manager, locks);
      }
      const outcomes: Outcome[] = [];
      for (const [i, unit] of group.entries()) {
        writes.since = false;
        held.unit = i;
        try {
          outcomes.push({ ok: true, value: await this.inUnit(runner.manager, unit.work) });
        } catch (error) {
          if (group.length === 1) throw error;
          if (writes.since || isTransactionLost(error)) throw new GroupLost(error);
          held.drop(i);
          outcomes.push({ ok: false, error });
        }
      }
      await statements.hold(() => held.flush());
      return outcomes;
    } finally {
      this.sharedGroups.delete(runner.manager);
      this.groupLocks.delete(runner.manager);
    }
  }

  /** SQLite: a savepoint is a call within the process, so each unit gets one. */
  private async runInSavepoints(runner: QueryRunner, group: QueuedUnit[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    for (const unit of group) {
      await runner.startTransaction();
      try {
        const value = await this.inUnit(runner.manager, unit.work);
        await runner.commitTransaction();
        outcomes.push({ ok: true, value });
      } catch (error) {
        if (isTransactionLost(error)) throw new GroupLost(error);
        await runner.rollbackTransaction();
        outcomes.push({ ok: false, error });
      }
    }
    return outcomes;
  }

  /** Runs `work` as the current unit of its call chain, until it settles. */
  private async inUnit<T>(manager: EntityManager, work: Work<T>): Promise<T> {
    const unit = { manager, open: true };
    try {
      return await this.currentUnit.run(unit, () => work(manager));
    } finally {
      unit.open = false;
    }
  }

  /**
   * Opens the group's transaction. On MariaDB it is sent with the group's first statement, and a connection
   * learns its isolation level once, on first use.
   */
  private async begin(runner: QueryRunner, statements: HeldStatements | null): Promise<void> {
    if (!statements) return runner.startTransaction();
    const connection = (await runner.connect()) as object;
    await statements.hold(async () => {
      if (!this.isolated.has(connection)) {
        await runner.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
        this.isolated.add(connection);
      }
      await runner.startTransaction();
    });
  }
}

/** The group's transaction can no longer carry its units' work; each runs alone. */
class GroupLost extends Error {
  constructor(cause: unknown) {
    super('The group is rolled back whole', { cause });
  }
}

const READ = /^\s*SELECT\b/i;

/** Notes when a statement other than a read goes through the runner. */
function trackWrites(runner: QueryRunner): { since: boolean } {
  const writes = { since: false };
  const query = runner.query.bind(runner) as (sql: string, parameters?: unknown[], structured?: boolean) => Promise<unknown>;
  runner.query = ((sql: string, parameters?: unknown[], structured?: boolean) => {
    if (!READ.test(sql)) writes.since = true;
    return query(sql, parameters, structured);
  }) as QueryRunner['query'];
  return writes;
}

type DriverError = { code?: string; sqlState?: string; fatal?: boolean };

function driverErrorOf(error: unknown): DriverError | undefined {
  return (error as { driverError?: DriverError } | null)?.driverError ?? (error as DriverError | undefined);
}

function isTransactionLost(error: unknown): boolean {
  const code = driverErrorOf(error)?.code;
  return typeof code === 'string' && TRANSACTION_LOST.has(code);
}

/** The server answered with a refusal (a duplicate key, a bad value), as opposed to the connection failing. */
function isRefusedByServer(error: unknown): boolean {
  const driverError = driverErrorOf(error);
  return typeof driverError?.sqlState === 'string' && !driverError.fatal;
}
