import { SEARCH_TERM_LENGTH, searchTermsOf, termRange } from './search-terms.util';

describe('searchTermsOf', () => {
  it('stores every suffix of a key, so any part of it is the start of a term', () => {
    const terms = searchTermsOf(['武侯社区儿童之家']);
    expect(terms).toContain('武侯社区儿童之家');
    expect(terms.some((term) => term.startsWith('社区儿童'))).toBe(true);
    expect(terms.some((term) => term.startsWith('之家'))).toBe(true);
  });

  it('cuts long keys to the term length and counts characters, not UTF-16 units', () => {
    const terms = searchTermsOf(['𠀀'.repeat(100)]);
    expect(Math.max(...terms.map((term) => [...term].length))).toBe(SEARCH_TERM_LENGTH);
    expect(terms.every((term) => term.length === [...term].length * 2)).toBe(true);
    expect(terms.length).toBeLessThanOrEqual(48);
  });

  it('repeats no term across keys', () => {
    expect(searchTermsOf(['ab', 'b'])).toEqual(['ab', 'b']);
  });
});

describe('termRange', () => {
  it('spans exactly the terms that begin with the search', () => {
    const { from, to } = termRange('社区');
    const inRange = (term: string) => term >= from && term < to;
    expect(inRange('社区儿童之家')).toBe(true);
    expect(inRange('社区')).toBe(true);
    expect(inRange('社')).toBe(false);
    expect(inRange('社匹')).toBe(false);
  });
});
