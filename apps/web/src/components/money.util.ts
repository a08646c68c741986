/** Integer fen as yuan for people: 1234500 → "¥12,345.00". Amounts never pass through floats in sums. */
export function formatFen(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(Math.trunc(fen));
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  const cents = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}¥${yuan}.${cents}`;
}

/** What a person typed in yuan ("12,345.6") as integer fen, or null when it is not an amount. */
export function parseYuan(text: string): number | null {
  const cleaned = text.replace(/[,，\s¥]/g, '');
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
