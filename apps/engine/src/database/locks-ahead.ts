import type { EntityManager } from 'typeorm';

/** A row a unit of work locks first, named before it runs, so its group can lock it with the others'. */
export interface LockAhead {
  table: string;
  id: string;
  /** Locks the rows of these ids in one statement, in id order, and returns those that exist. */
  lockAll(manager: EntityManager, ids: readonly string[]): Promise<Array<{ id: string }>>;
}

const keyOf = (table: string, id: string) => `${table}\u0000${id}`;

/**
 * The rows a shared MariaDB group locked for its units before running them: one statement for the
 * group instead of a lock's round trip per unit. A row answers only the first lock of it in the group:
 * after that, the group's own work may have changed it, so a later lock reads it again.
 */
export class LocksAhead {
  private readonly rows = new Map<string, unknown>();

  /** Locks the rows the units named, one statement per table; units that named none add nothing. */
  static async take(manager: EntityManager, named: ReadonlyArray<LockAhead | undefined>): Promise<LocksAhead> {
    const locks = new LocksAhead();
    const byTable = new Map<string, { lockAll: LockAhead['lockAll']; ids: Set<string> }>();
    for (const lock of named) {
      if (!lock) continue;
      let entry = byTable.get(lock.table);
      if (!entry) byTable.set(lock.table, (entry = { lockAll: lock.lockAll, ids: new Set() }));
      entry.ids.add(lock.id);
    }
    for (const [table, { lockAll, ids }] of byTable) {
      for (const row of await lockAll(manager, [...ids].sort())) locks.rows.set(keyOf(table, row.id), row);
    }
    return locks;
  }

  /** The row as locked ahead, the first time it is asked for; undefined after, or when it was not locked ahead. */
  claim<R>(table: string, id: string): R | undefined {
    const key = keyOf(table, id);
    const row = this.rows.get(key) as R | undefined;
    this.rows.delete(key);
    return row;
  }

  /** Forgets the row: the group is about to lock or write it by other means, so it may no longer be as locked. */
  forget(table: string, id: string): void {
    this.rows.delete(keyOf(table, id));
  }
}
