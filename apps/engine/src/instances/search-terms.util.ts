/** The longest term stored, and so the longest search answered by the index alone. */
export const SEARCH_TERM_LENGTH = 64;
/** Terms start at most this far into a key: a search matches the first part of a long title, not its tail. */
const MAX_START = 48;

/**
 * The terms a set of normalised keys is stored as: every suffix of each key, cut to the term length, so
 * "武侯社区儿童之家" is found by "社区儿童" as by "武侯".
 */
export function searchTermsOf(keys: readonly string[]): string[] {
  const terms = new Set<string>();
  for (const key of keys) {
    const characters = [...key];
    for (let start = 0; start < Math.min(characters.length, MAX_START); start++) {
      terms.add(characters.slice(start, start + SEARCH_TERM_LENGTH).join(''));
    }
  }
  return [...terms];
}

/**
 * The range of terms that begin with `search` (already normalised), cut to the term length: `from`
 * inclusive, `to` exclusive. Compared by code point, as both databases store the terms.
 */
export function termRange(search: string): { from: string; to: string } {
  const from = [...search].slice(0, SEARCH_TERM_LENGTH).join('');
  return { from, to: `${from}\u{10FFFF}` };
}
