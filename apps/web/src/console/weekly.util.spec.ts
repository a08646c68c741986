import { describe, expect, it } from '@jest/globals';

import { perWeek, weekOf } from './weekly.util';

describe('applications per week', () => {
  it('buckets by the Chengdu week starting on Monday', () => {
    expect(weekOf('2025-03-09T15:59:00Z')).toBe('2025-03-03'); // Sunday 23:59 in Chengdu
    expect(weekOf('2025-03-09T16:00:00Z')).toBe('2025-03-10'); // Monday 00:00 in Chengdu
  });

  it('keeps empty weeks between busy ones', () => {
    expect(perWeek(['2025-03-04T02:00:00Z', '2025-03-05T02:00:00Z', '2025-03-19T02:00:00Z'])).toEqual([
      { week: '2025-03-03', count: 2 },
      { week: '2025-03-10', count: 0 },
      { week: '2025-03-17', count: 1 },
    ]);
    expect(perWeek([])).toEqual([]);
  });
});
