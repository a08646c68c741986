import { formatYuan } from './fen-format.util';

describe('formatYuan', () => {
  it('reads integer fen as yuan with two decimals and thousands separators', () => {
    expect(formatYuan(0)).toBe('0.00');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(123_456)).toBe('1,234.56');
    expect(formatYuan(1_000_000_000_00)).toBe('1,000,000,000.00');
    expect(formatYuan(-250)).toBe('-2.50');
  });
});
