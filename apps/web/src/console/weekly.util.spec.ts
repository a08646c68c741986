import { describe, expect, it } from '@jest/globals';

import { weekOf } from './weekly.util';

describe('applications per week', () => {
  it('buckets by the Chengdu week starting on Monday', () => {
    expect(weekOf('2025-03-09T15:59:00Z')).toBe('2025-03-03'); // Sunday 23:59 in Chengdu
    expect(weekOf('2025-03-09T16:00:00Z')).toBe('2025-03-10'); // Monday 00:00 in Chengdu
  });
});
