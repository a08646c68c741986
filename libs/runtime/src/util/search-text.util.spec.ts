import { normalisedSearchKeys, normalisedSearchText } from './search-text.util';

describe('normalisedSearchText', () => {
  it('folds full-width characters, case, spaces and dashes so a code is found however it is typed', () => {
    expect(normalisedSearchText(' ABC-123 ４５ ')).toBe('abc12345');
    expect(normalisedSearchText('武侯 社区·儿童之家')).toBe('武侯社区儿童之家');
  });
});

describe('normalisedSearchKeys', () => {
  it('drops empty keys and repeats and keeps a stable order', () => {
    expect(normalisedSearchKeys(['b', ' ', 'A', 'a', '--'])).toEqual(['a', 'b']);
  });
});
