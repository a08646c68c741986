import { describe, expect, it } from '@jest/globals';

import { NAMED_PATTERNS, patternChoice } from './designer-patterns.util';

describe('named patterns', () => {
  it('recognises a named pattern, a custom one and none', () => {
    expect(patternChoice(undefined)).toBe('none');
    expect(patternChoice('^[0-9]{6}$')).toBe('postcode');
    expect(patternChoice('^x+$')).toBe('custom');
  });

  it('each named pattern compiles with the unicode-sets flag the browser uses and means what it says', () => {
    for (const named of NAMED_PATTERNS) expect(() => new RegExp(named.pattern, 'v')).not.toThrow();
    const test = (id: string, text: string) => new RegExp(NAMED_PATTERNS.find((named) => named.id === id)!.pattern, 'u').test(text);
    expect(test('postcode', '610041')).toBe(true);
    expect(test('postcode', '61004')).toBe(false);
    expect(test('landline', '028-85551234')).toBe(true);
    expect(test('chinese', '武侯区')).toBe(true);
    expect(test('chinese', 'Wuhou')).toBe(false);
  });
});
