/**
 * A business key or a search as both are compared: full-width forms folded, lower case, no spaces or
 * dashes, so "ABC-123 ４５" finds "abc12345" and the reverse.
 */
export function normalisedSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\-_·.,，。]+/gu, '');
}

/** The keys as they are stored: normalised, without empties and repeats, in a stable order. */
export function normalisedSearchKeys(keys: readonly string[]): string[] {
  return [...new Set(keys.map(normalisedSearchText).filter(Boolean))].sort();
}
