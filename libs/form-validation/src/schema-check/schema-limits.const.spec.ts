import { SCHEMA_LIMITS } from './schema-limits.const';

describe('SCHEMA_LIMITS', () => {
  it('allows 512 KB, 2,000 properties, 32 levels and 200 values per enum', () => {
    expect(SCHEMA_LIMITS).toEqual({ maxBytes: 524288, maxProperties: 2000, maxDepth: 32, maxEnumValues: 200 });
  });
});
