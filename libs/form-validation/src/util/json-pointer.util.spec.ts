import { appendPointer, escapePointerToken } from './json-pointer.util';

describe('JSON Pointer tokens', () => {
  it('escapes ~ and / as RFC 6901 says', () => {
    expect(escapePointerToken('a/b~c')).toBe('a~1b~0c');
    expect(appendPointer('/members/0', 'name')).toBe('/members/0/name');
    expect(appendPointer('', 3)).toBe('/3');
  });
});
