/** Keys asked for in one statement at most: well under any database's limit on bound values. */
const MAX_KEYS = 500;

interface Waiter<R> {
  resolve(row: R | null): void;
  reject(error: unknown): void;
}

/**
 * Reads of one row by its key, asked while such a read is on its way to the database, share the next
 * statement (`… WHERE key IN (…)`): a burst of notices, each reading its message and its instance, costs a
 * round trip per burst rather than per notice. A read is always sent after it was asked, so it sees every
 * commit that came before; when nothing is on its way, a read goes at once and waits for nothing.
 * Each caller gets a row of its own, as if it had read alone.
 */
export class RowsReadTogether<R extends object> {
  private readonly waiting = new Map<string, Array<Waiter<R>>>();
  private sending = false;

  constructor(
    private readonly readRows: (keys: string[]) => Promise<R[]>,
    private readonly keyOf: (row: R) => string,
  ) {}

  read(key: string): Promise<R | null> {
    return new Promise<R | null>((resolve, reject) => {
      const waiters = this.waiting.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else this.waiting.set(key, [{ resolve, reject }]);
      if (!this.sending) void this.sendWaiting();
    });
  }

  private async sendWaiting(): Promise<void> {
    this.sending = true;
    try {
      while (this.waiting.size) {
        const batch = [...this.waiting].slice(0, MAX_KEYS);
        for (const [key] of batch) this.waiting.delete(key);
        try {
          const rows = new Map((await this.readRows(batch.map(([key]) => key))).map((row) => [this.keyOf(row), row]));
          for (const [key, waiters] of batch) {
            const row = rows.get(key) ?? null;
            waiters.forEach((waiter, i) => waiter.resolve(row && i > 0 ? structuredClone(row) : row));
          }
        } catch (error) {
          for (const [, waiters] of batch) waiters.forEach((waiter) => waiter.reject(error));
        }
      }
    } finally {
      this.sending = false;
    }
  }
}
