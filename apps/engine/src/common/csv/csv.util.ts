/** Excel reads a file as UTF-8 (and so Chinese correctly) only when it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

// A cell starting with one of these is a formula to a spreadsheet; public data must never run as one.
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with CRLF line ends and a BOM, ready for Excel. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return UTF8_BOM + csvLines([header, ...rows]);
}

/** Rows as CSV lines, each ending in CRLF: a piece of a file `toCsv` or a stream began. */
export function csvLines(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return rows.map((row) => row.map(cell).join(',') + '\r\n').join('');
}

/** Integer fen as a plain decimal number of yuan ("1234.56"), which spreadsheets read as a number. */
export function yuanCell(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
