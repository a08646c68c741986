import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

type Work<T> = (manager: EntityManager) => Promise<T>;

interface QueuedUnit {
  work: Work<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** Most units of work one SQLite commit carries; each still commits or rolls back on its own. */
const MAX_GROUP = 64;

/**
 * The one way to write to the database.
 *
 * On MariaDB each unit of work is a transaction on its own pooled connection. SQLite has a single
 * connection, so units run one after another (a statement of one would otherwise join another's
 * transaction); units that queue up meanwhile share one durable commit — group commit — each inside its
 * own savepoint, so a failing unit rolls back alone and nobody is answered before the commit is on disk.
 */
@Injectable()
export class DatabaseTransactions {
  private readonly serialised: boolean;
  private tail: Promise<unknown> = Promise.resolve();
  private readonly queued: QueuedUnit[] = [];
  private groupScheduled = false;

  constructor(readonly dataSource: DataSource) {
    this.serialised = dataSource.options.type === 'better-sqlite3';
  }

  get driver(): 'sqlite' | 'mysql' {
    return this.serialised ? 'sqlite' : 'mysql';
  }

  /**
   * Runs `work` in a transaction. On MariaDB at READ COMMITTED: writers serialise on row locks, and every
   * read after a lock must see what the previous holder committed, not a snapshot from before the wait.
   */
  run<T>(work: Work<T>): Promise<T> {
    if (!this.serialised) return this.dataSource.transaction('READ COMMITTED', work);
    return new Promise<T>((resolve, reject) => {
      this.queued.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.scheduleGroup();
    });
  }

  /** Runs a single read or write outside a transaction, still never inside another unit's transaction. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (!this.serialised) return work();
    const run = this.tail.then(work);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private scheduleGroup(): void {
    if (this.groupScheduled) return;
    this.groupScheduled = true;
    void this.exclusive(async () => {
      this.groupScheduled = false;
      const group = this.queued.splice(0, MAX_GROUP);
      if (this.queued.length) this.scheduleGroup();
      await this.commitGroup(group);
    });
  }

  private async commitGroup(group: QueuedUnit[]): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    try {
      await runner.startTransaction();
      for (const unit of group) {
        await runner.startTransaction();
        try {
          const value = await unit.work(runner.manager);
          await runner.commitTransaction();
          outcomes.push({ ok: true, value });
        } catch (error) {
          await runner.rollbackTransaction();
          outcomes.push({ ok: false, error });
        }
      }
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      group.forEach((unit) => unit.reject(error));
      return;
    } finally {
      await runner.release();
    }
    group.forEach((unit, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) unit.resolve(outcome.value);
      else unit.reject(outcome.error);
    });
  }
}
