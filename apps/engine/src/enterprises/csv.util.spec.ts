import { toCsv } from './csv.util';

describe('CSV', () => {
  it('starts with a BOM, quotes what needs it and defuses formulas', () => {
    const csv = toCsv(['名称', 'note'], [['黉门, 宜邻', '=HYPERLINK("x")'], ['a"b', null]]);
    expect(csv).toBe('\uFEFF名称,note\r\n"黉门, 宜邻","\'=HYPERLINK(""x"")"\r\n"a""b",\r\n');
  });
});
