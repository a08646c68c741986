import { validateData } from '../validation/validate-data';
import { weightedTotal } from './weighted-total.keyword';

const schema = {
  type: 'object',
  'x-weighted-total': 'score',
  properties: {
    need: { type: 'integer', minimum: 0, maximum: 100, 'x-weight': 30 },
    feasibility: { type: 'integer', minimum: 0, maximum: 100, 'x-weight': 50 },
    budget: { type: 'integer', minimum: 0, maximum: 100, 'x-weight': 20 },
    score: { type: 'integer', minimum: 0, maximum: 100 },
    comment: { type: 'string' },
  },
  required: ['need', 'feasibility', 'budget', 'score'],
};

describe('x-weighted-total', () => {
  it('computes the weighted average of the criteria, once each is scored', () => {
    expect(weightedTotal(schema, { need: 80, feasibility: 90, budget: 70 })).toBe(83);
    expect(weightedTotal(schema, { need: 80, feasibility: 90 })).toBeNull();
    expect(weightedTotal({ type: 'object', properties: { score: { type: 'integer' } } }, { score: 1 })).toBeNull();
  });

  it('accepts the total that adds up and refuses one that does not, on the total', () => {
    expect(validateData(schema, { need: 80, feasibility: 90, budget: 70, score: 83 }, 'zh-CN')).toEqual([]);
    expect(validateData(schema, { need: 80, feasibility: 90, budget: 70, score: 95 }, 'zh-CN')).toEqual([
      { path: '/score', keyword: 'x-weighted-total', message: '总分应为各项评分的加权平均：83' },
    ]);
  });
});
