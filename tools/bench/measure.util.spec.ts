import { percentile } from './measure.util';

describe('percentile (nearest rank)', () => {
  it('picks the value at or above the rank, never between two values', () => {
    const durations = [5, 1, 4, 2, 3];
    expect(percentile(durations, 50)).toBe(3);
    expect(percentile(durations, 99)).toBe(5);
    expect(percentile(durations, 1)).toBe(1);
  });

  it('is 0 for no durations', () => {
    expect(percentile([], 99)).toBe(0);
  });
});
