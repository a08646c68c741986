import type { EntityManager } from 'typeorm';

type Write = (manager: EntityManager, rows: unknown[]) => Promise<void>;

interface Deferred {
  unit: number;
  row: unknown;
  /** The table and what the row belongs to (an instance), so a unit about to read them first sends it. */
  key: string;
}

const keyOf = (table: string, owner: string) => `${table}\u0000${owner}`;

/**
 * Rows the units of one shared MariaDB group hand over instead of writing them at once: an instance's
 * update, its audit entry, its outbox messages and timers. They go out as one multi-row statement per
 * table just before the group commits, so a unit in a group costs its lock and little more — every
 * statement is a round trip and a socket write on the engine's thread. A unit that fails drops its rows
 * (nothing of them was sent), and a unit that is about to read what a held row belongs to sends the held
 * rows first, so every read inside the group still sees the group's writes.
 */
export class GroupWrites {
  private readonly tables = new Map<string, { write: Write; rows: Deferred[] }>();
  /** How many rows are held per table and owner. */
  private readonly held = new Map<string, number>();
  /** The unit now running, whose rows `defer` takes. */
  unit = 0;

  /**
   * `unitWrote` is the group's note of whether the running unit has written: sending other units' held
   * rows from inside it is not its writing, so it may still fail alone; sending its own is.
   */
  constructor(
    private readonly manager: EntityManager,
    private readonly unitWrote: { since: boolean } = { since: false },
  ) {}

  /** Holds `rows` of `table` until the group's next `flush`; `write` sends them all in one go. */
  defer<R>(
    table: string,
    owner: string,
    rows: readonly R[],
    write: (manager: EntityManager, rows: R[]) => Promise<void>,
  ): void {
    let entry = this.tables.get(table);
    if (!entry) this.tables.set(table, (entry = { write: write as Write, rows: [] }));
    const key = keyOf(table, owner);
    for (const row of rows) entry.rows.push({ unit: this.unit, row, key });
    this.held.set(key, (this.held.get(key) ?? 0) + rows.length);
  }

  /** Sends what is held before a read of `owner`'s rows in `table`, when some of them are held. */
  async sendBeforeReading(table: string, owner: string): Promise<void> {
    if (this.held.has(keyOf(table, owner))) await this.flush();
  }

  /** Sends what is held before a read of `table` that cannot name the owner, when rows of it are held. */
  async sendBeforeReadingTable(table: string): Promise<void> {
    if (this.tables.get(table)?.rows.length) await this.flush();
  }

  /** Forgets the rows of a unit that failed: none of them was sent. */
  drop(unit: number): void {
    for (const entry of this.tables.values()) {
      entry.rows = entry.rows.filter((deferred) => {
        if (deferred.unit !== unit) return true;
        const left = (this.held.get(deferred.key) ?? 1) - 1;
        if (left) this.held.set(deferred.key, left);
        else this.held.delete(deferred.key);
        return false;
      });
    }
  }

  /** Sends every held row, table by table in the order they were first held. */
  async flush(): Promise<void> {
    const wrote = this.unitWrote.since;
    let ownSent = false;
    this.held.clear();
    for (const entry of this.tables.values()) {
      const deferred = entry.rows.splice(0);
      ownSent ||= deferred.some((row) => row.unit === this.unit);
      if (deferred.length)
        await entry.write(
          this.manager,
          deferred.map((row) => row.row),
        );
    }
    this.unitWrote.since = wrote || ownSent;
  }
}
