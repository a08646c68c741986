import { AskedTogether } from './asked-together';

describe('AskedTogether.writes', () => {
  /** A write that refuses any batch holding 'bad', recording every batch it was given. */
  function writer() {
    const batches: string[][] = [];
    let release: () => void = () => undefined;
    const firstHeld = new Promise<void>((resolve) => (release = resolve));
    const writeAll = async (items: string[]) => {
      batches.push(items);
      if (batches.length === 1) await firstHeld;
      if (items.includes('bad')) throw new Error(`refused ${items.join(',')}`);
    };
    return { batches, writeAll, release: () => release() };
  }

  it('writes what was asked while a write was on its way in one batch', async () => {
    const { batches, writeAll, release } = writer();
    const together = AskedTogether.writes(writeAll);

    const first = together.ask('a');
    const later = ['b', 'c', 'd'].map((item) => together.ask(item));
    release();

    await Promise.all([first, ...later]);
    expect(batches).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('writes a refused batch again one item at a time, so only the refused item fails', async () => {
    const { batches, writeAll, release } = writer();
    const together = AskedTogether.writes(writeAll);

    const first = together.ask('a');
    const later = ['b', 'bad', 'c'].map((item) => together.ask(item));
    release();

    await first;
    const outcomes = await Promise.allSettled(later);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toEqual(new Error('refused bad'));
    expect(batches).toEqual([['a'], ['b', 'bad', 'c'], ['b'], ['bad'], ['c']]);
  });

  it('keeps each batch within its limit', async () => {
    const { batches, writeAll, release } = writer();
    const together = AskedTogether.writes(writeAll, 2);

    const all = ['a', 'b', 'c', 'd', 'e', 'f'].map((item) => together.ask(item));
    release();

    await Promise.all(all);
    expect(batches).toEqual([['a'], ['b', 'c'], ['d', 'e'], ['f']]);
  });
});
