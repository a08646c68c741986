import { AskedTogether } from './asked-together';

/**
 * Reads of one row by its key, asked while such a read is on its way to the database, share the next
 * statement (`… WHERE key IN (…)`): a burst of notices, each reading its message and its instance, costs a
 * round trip per batch rather than per notice (see AskedTogether). Each caller gets a row of its own, as if
 * it had read alone.
 */
export class RowsReadTogether<R extends object> {
  private readonly reads: AskedTogether<string, R | null>;

  constructor(readRows: (keys: string[]) => Promise<R[]>, keyOf: (row: R) => string) {
    this.reads = new AskedTogether(async (keys) => {
      const rows = new Map((await readRows([...new Set(keys)])).map((row) => [keyOf(row), row]));
      const handedOut = new Set<R>();
      return keys.map((key) => {
        const row = rows.get(key) ?? null;
        if (row && handedOut.has(row)) return { status: 'fulfilled', value: structuredClone(row) };
        if (row) handedOut.add(row);
        return { status: 'fulfilled', value: row };
      });
    });
  }

  read(key: string): Promise<R | null> {
    return this.reads.ask(key);
  }
}
