import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * The one way to write to the database. On MariaDB each unit of work is a transaction on its own pooled
 * connection; SQLite has a single connection, so units of work run one after another, or a statement
 * of one would silently join another's transaction.
 */
@Injectable()
export class DatabaseTransactions {
  private readonly serialised: boolean;
  private tail: Promise<unknown> = Promise.resolve();

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
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serialised) return this.dataSource.transaction('READ COMMITTED', work);
    return this.exclusive(() => this.dataSource.transaction(work));
  }

  /** Runs a single read or write outside a transaction, still never inside another unit's transaction. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (!this.serialised) return work();
    const run = this.tail.then(work);
    this.tail = run.catch(() => undefined);
    return run;
  }
}
