import { RowsReadTogether } from './rows-read-together';

interface Row {
  id: string;
  tags: string[];
}

/** A table whose statements answer only when told to, recording the keys each one asked for. */
function heldTable(rows: Row[]) {
  const statements: string[][] = [];
  const answers: Array<() => void> = [];
  let failNext = false;
  const readRows = (keys: string[]) =>
    new Promise<Row[]>((resolve, reject) => {
      statements.push(keys);
      const fail = failNext;
      failNext = false;
      answers.push(() =>
        fail
          ? reject(new Error('connection lost'))
          : resolve(rows.filter((row) => keys.includes(row.id)).map((row) => structuredClone(row))),
      );
    });
  const answerNext = async () => {
    answers.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { statements, answerNext, readRows, failNextStatement: () => (failNext = true) };
}

describe('RowsReadTogether', () => {
  const rows = [
    { id: 'A', tags: ['a'] },
    { id: 'B', tags: ['b'] },
    { id: 'C', tags: ['c'] },
  ];

  it('sends a read alone at once when nothing is on its way', async () => {
    const table = heldTable(rows);
    const together = new RowsReadTogether(table.readRows, (row) => row.id);

    const read = together.read('A');
    expect(table.statements).toEqual([['A']]);
    await table.answerNext();
    await expect(read).resolves.toEqual({ id: 'A', tags: ['a'] });
  });

  it('answers the reads asked while one is on its way with one statement, each caller its own row', async () => {
    const table = heldTable(rows);
    const together = new RowsReadTogether(table.readRows, (row) => row.id);

    const first = together.read('A');
    const later = ['B', 'C', 'B', 'missing'].map((key) => together.read(key));
    expect(table.statements).toEqual([['A']]);
    await table.answerNext();
    expect(table.statements).toEqual([['A'], ['B', 'C', 'missing']]);
    await table.answerNext();

    const [b, c, bAgain, missing] = await Promise.all(later);
    expect(await first).toEqual(rows[0]);
    expect([b, c, missing]).toEqual([rows[1], rows[2], null]);
    expect(bAgain).toEqual(b);
    expect(bAgain).not.toBe(b);
    expect(bAgain?.tags).not.toBe(b?.tags);
  });

  it('fails only the reads of a statement that failed; the next ones still go', async () => {
    const table = heldTable(rows);
    const together = new RowsReadTogether(table.readRows, (row) => row.id);

    const a = together.read('A');
    const b = together.read('B');
    table.failNextStatement();
    await table.answerNext();
    await expect(a).resolves.toEqual(rows[0]);
    await table.answerNext();
    await expect(b).rejects.toThrow('connection lost');

    const c = together.read('C');
    await table.answerNext();
    await expect(c).resolves.toEqual(rows[2]);
    expect(table.statements).toEqual([['A'], ['B'], ['C']]);
  });

  it('asks for no more than 500 keys in one statement', async () => {
    const many = Array.from({ length: 1201 }, (_, i) => ({ id: `K${i}`, tags: [] }));
    const table = heldTable(many);
    const together = new RowsReadTogether(table.readRows, (row) => row.id);

    const reads = many.map((row) => together.read(row.id));
    for (let i = 0; i < 4; i++) await table.answerNext();

    expect(table.statements.map((keys) => keys.length)).toEqual([1, 500, 500, 200]);
    expect((await Promise.all(reads)).map((row) => row?.id)).toEqual(many.map((row) => row.id));
  });
});
