import { ReloadedTable } from './reloaded-table';

describe('ReloadedTable', () => {
  let now = 0;
  let reloads = 0;
  let release: () => void = () => undefined;
  const table = () =>
    new ReloadedTable(
      () => {
        reloads += 1;
        return new Promise<void>((resolve) => (release = resolve));
      },
      1000,
      () => now,
    );

  beforeEach(() => {
    now = 0;
    reloads = 0;
  });

  it('reads the table on first use, and callers meanwhile share that one read', async () => {
    const cache = table();
    const first = cache.fresh();
    const second = cache.fresh();
    expect(reloads).toBe(1);
    release();
    await Promise.all([first, second]);
    expect(reloads).toBe(1);
  });

  it('answers from memory until the time is up, then reads again', async () => {
    const cache = table();
    const loaded = cache.fresh();
    release();
    await loaded;
    now = 999;
    await cache.fresh();
    expect(reloads).toBe(1);
    now = 1000;
    const again = cache.fresh();
    expect(reloads).toBe(2);
    release();
    await again;
  });

  it('counts the age from when the read started, and a failed read is tried again by the next caller', async () => {
    let fail = true;
    const cache = new ReloadedTable(
      async () => {
        reloads += 1;
        now += 300;
        if (fail) throw new Error('database away');
      },
      1000,
      () => now,
    );
    await expect(cache.fresh()).rejects.toThrow('database away');
    fail = false;
    await cache.fresh();
    expect(reloads).toBe(2);
    now += 700;
    await cache.fresh();
    expect(reloads).toBe(3);
  });
});
