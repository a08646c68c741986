import { toCsv, UTF8_BOM, yuanCell } from './csv.util';

describe('toCsv', () => {
  it('starts with a BOM, ends lines with CRLF and quotes what needs quoting', () => {
    const csv = toCsv(['基金 Fund', 'Amount'], [['武侯, "专项"', 12], ['line\nbreak', null]]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('基金 Fund,Amount\r\n"武侯, ""专项""",12\r\n"line\nbreak",\r\n');
  });

  it('never lets a cell run as a spreadsheet formula', () => {
    expect(toCsv(['x'], [['=HYPERLINK("evil")'], ['-1+2'], ['@SUM(A1)']]).slice(1).split('\r\n')).toEqual([
      'x',
      `"'=HYPERLINK(""evil"")"`,
      "'-1+2",
      "'@SUM(A1)",
      '',
    ]);
  });

  it('writes fen as plain yuan', () => {
    expect(yuanCell(123_456)).toBe('1234.56');
    expect(yuanCell(7)).toBe('0.07');
    expect(yuanCell(0)).toBe('0.00');
  });
});
