import { describe, expect, it } from '@jest/globals';

import { formatDuration } from './duration.util';

const units = { days: '天', hours: '小时', minutes: '分钟' };

describe('durations for people', () => {
  it('uses the largest unit that reads naturally, to one decimal', () => {
    expect(formatDuration(3.5 * 86_400_000, units)).toBe('3.5 天');
    expect(formatDuration(4 * 3_600_000, units)).toBe('4 小时');
    expect(formatDuration(90 * 60_000, units)).toBe('1.5 小时');
    expect(formatDuration(20 * 60_000, units)).toBe('20 分钟');
    expect(formatDuration(0, units)).toBe('0 分钟');
  });
});
