import { describe, expect, it } from '@jest/globals';

import { throughputPerWeek } from './throughput.util';

describe('throughputPerWeek', () => {
  it('counts starts by creation and finishes by their last change, with quiet weeks kept', () => {
    const weeks = throughputPerWeek([
      { createdAt: '2026-11-02T02:00:00Z', updatedAt: '2026-11-20T02:00:00Z', status: 'done' },
      { createdAt: '2026-11-03T02:00:00Z', updatedAt: '2026-11-03T03:00:00Z', status: 'active' },
      { createdAt: '2026-11-17T02:00:00Z', updatedAt: '2026-11-18T02:00:00Z', status: 'done' },
    ]);
    expect(weeks).toEqual([
      { week: '2026-11-02', started: 2, finished: 0 },
      { week: '2026-11-09', started: 0, finished: 0 },
      { week: '2026-11-16', started: 1, finished: 2 },
    ]);
    expect(throughputPerWeek([])).toEqual([]);
  });
});
