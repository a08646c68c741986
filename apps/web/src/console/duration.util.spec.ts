import { describe, expect, it } from '@jest/globals';

import { formatDuration } from './duration.util';

const units = { days: '天', hours: '小时', minutes: '分钟', seconds: '秒' };

describe('formatDuration', () => {
  it('picks the largest unit that reads naturally', () => {
    expect(formatDuration(3.5 * 86_400_000, units)).toBe('3.5 天');
    expect(formatDuration(4 * 3_600_000, units)).toBe('4 小时');
    expect(formatDuration(20 * 60_000, units)).toBe('20 分钟');
    expect(formatDuration(90_000, units)).toBe('1.5 分钟');
  });

  it('never says zero for a stay that lasted: seconds, hundredths of a second below that', () => {
    expect(formatDuration(12_400, units)).toBe('12.4 秒');
    expect(formatDuration(250, units)).toBe('0.25 秒');
    expect(formatDuration(40, units)).toBe('0.04 秒');
    expect(formatDuration(3, units)).toBe('< 0.01 秒');
    expect(formatDuration(0, units)).toBe('0 秒');
  });
});
