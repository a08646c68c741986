import { describe, expect, it } from '@jest/globals';

import { formatFen, parseYuan } from './money.util';

describe('money', () => {
  it('shows fen as yuan with thousands', () => {
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(1_234_567)).toBe('¥12,345.67');
    expect(formatFen(-5)).toBe('-¥0.05');
  });

  it('reads yuan typed by people as exact fen', () => {
    expect(parseYuan('12,345.6')).toBe(1_234_560);
    expect(parseYuan('¥ 80000')).toBe(8_000_000);
    expect(parseYuan('0.07')).toBe(7);
    expect(parseYuan('1.234')).toBeNull();
    expect(parseYuan('abc')).toBeNull();
  });
});
