/**
 * How long a process may answer from memory about a small table that other processes also write: the
 * forms staff publish and the forms they bind to steps. Every event and every view reads these many times
 * over, while staff change them a few times a day; a change made in another process is seen here within
 * this time, one made in this process at once.
 */
export const SHARED_TABLE_MAX_AGE_MS = 1000;

/**
 * Reads a small shared table again at most once per `maxAgeMs`. Callers in between answer from memory;
 * callers while a reload is under way wait for that one instead of starting their own.
 */
export class ReloadedTable {
  private loadedAt = Number.NEGATIVE_INFINITY;
  private loading: Promise<void> | null = null;

  constructor(
    private readonly reload: () => Promise<void>,
    private readonly maxAgeMs = SHARED_TABLE_MAX_AGE_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Resolves once what memory holds is no older than `maxAgeMs`. */
  async fresh(): Promise<void> {
    if (this.now() - this.loadedAt < this.maxAgeMs) return;
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    await this.loading;
  }

  private async load(): Promise<void> {
    const startedAt = this.now();
    await this.reload();
    this.loadedAt = startedAt;
  }
}
