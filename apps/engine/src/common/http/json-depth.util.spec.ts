import { nestsDeeperThan } from './json-depth.util';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('nestsDeeperThan', () => {
  it('counts objects and arrays, not brackets inside strings', () => {
    expect(nestsDeeperThan(bytes('{"a":[{"b":1}]}'), 3)).toBe(false);
    expect(nestsDeeperThan(bytes('{"a":[{"b":[1]}]}'), 3)).toBe(true);
    expect(nestsDeeperThan(bytes('{"a":"[[[[{{{{"}'), 1)).toBe(false);
    expect(nestsDeeperThan(bytes('{"a":"\\"[[[["}'), 1)).toBe(false);
  });

  it('finds 10,000 levels quickly', () => {
    const deep = bytes('['.repeat(10_000) + ']'.repeat(10_000));
    expect(nestsDeeperThan(deep)).toBe(true);
    expect(nestsDeeperThan(bytes('[[1]]'))).toBe(false);
  });
});
