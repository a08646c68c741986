import { describe, expect, it } from '@jest/globals';

import { barChartLayout, textWidth } from './bar-chart-layout.util';

describe('bar chart layout', () => {
  it('measures Chinese characters wider than Latin ones', () => {
    expect(textWidth('基金')).toBe(24);
    expect(textWidth('ab')).toBe(14);
  });

  it('makes room for the longest label and the longest value', () => {
    const layout = barChartLayout(['武侯社区发展基金会专项基金', '玉林社区微基金'], ['¥1,905,000', '¥120,000']);
    expect(layout.labelWidth).toBe(13 * 12 + 8);
    expect(layout.width).toBe(layout.labelWidth + layout.barArea + textWidth('¥1,905,000') + 8);
    expect(layout.labels).toEqual(['武侯社区发展基金会专项基金', '玉林社区微基金']);
  });

  it('ends a label too long for its column in an ellipsis', () => {
    const long = '很长很长很长很长很长很长很长很长很长很长的环节名称';
    const layout = barChartLayout([long], ['1']);
    expect(layout.labels[0].endsWith('…')).toBe(true);
    expect(textWidth(layout.labels[0])).toBeLessThanOrEqual(220);
    expect(layout.labelWidth).toBe(228);
  });
});
