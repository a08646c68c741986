import { describe, expect, it } from '@jest/globals';

import { fieldIdOf, fieldLabelOf } from './error-summary.util';

describe('error summary links', () => {
  it('points at the input rjsf renders for the property', () => {
    expect(fieldIdOf('.amount')).toBe('root_amount');
    expect(fieldIdOf('.budget.0.cost')).toBe('root_budget_0_cost');
  });

  it('names the field by its labels, outside in, skipping array positions', () => {
    const texts = { budget: '预算明细', 'budget.cost': '金额', period: '项目周期', 'period.end': '结束日期' };
    expect(fieldLabelOf('.budget.0.cost', texts)).toBe('预算明细 · 金额');
    expect(fieldLabelOf('.period.end', texts)).toBe('项目周期 · 结束日期');
    expect(fieldLabelOf('.unlabelled', texts)).toBe('unlabelled');
  });
});
