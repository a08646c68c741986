import { MAX_PATTERN_LENGTH, patternHazard } from './safe-pattern.util';

describe('patternHazard', () => {
  it.each(['^[0-9]{6}$', '^[\\u4e00-\\u9fa5]{2,20}$', '^(foo|bar)-[a-z]+$', '^\\p{L}+$'])('lets %s through', (pattern) => {
    expect(patternHazard(pattern)).toBeUndefined();
  });

  it.each(['^(a+)+$', '(a*)*b', '^(\\w+\\s?)*$', '(x+x+)+y'])('refuses nested repetition in %s', (pattern) => {
    expect(patternHazard(pattern)).toBe('backtracking');
  });

  it('refuses backreferences', () => {
    expect(patternHazard('^(a+)\\1$')).toBe('backtracking');
    expect(patternHazard('^(?<x>a)\\k<x>$')).toBe('backtracking');
  });

  it('refuses what does not compile with the u flag, and what is too long', () => {
    expect(patternHazard('(')).toBe('invalid');
    expect(patternHazard('\\-')).toBe('invalid');
    expect(patternHazard('a'.repeat(MAX_PATTERN_LENGTH + 1))).toBe('tooLong');
  });
});
