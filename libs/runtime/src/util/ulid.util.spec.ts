import { ulid } from './ulid.util';

describe('ulid', () => {
  it('is 26 Crockford base-32 characters', () => {
    expect(ulid()).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it('sorts in creation order, also within one millisecond', () => {
    const ids = Array.from({ length: 1000 }, () => ulid(1_700_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sorts by time across milliseconds', () => {
    expect(ulid(1_700_000_000_000) < ulid(1_700_000_000_001)).toBe(true);
  });
});
