import { createAjv } from '../ajv/create-ajv';
import { validateData } from '../validation/validate-data';

const schema = {
  type: 'object',
  properties: {
    start: { type: 'string', format: 'date' },
    end: { type: 'string', format: 'date' },
    low: { type: 'number' },
    high: { type: 'number' },
  },
  'x-compare': [
    { field: 'end', op: '>=', other: 'start', otherTitle: { zh: '开始日期', en: 'Start date' } },
    { field: 'high', op: '>', other: 'low' },
  ],
};

describe('x-compare', () => {
  it('reports an end before its start on the end, in the person’s words', () => {
    expect(validateData(schema, { start: '2026-12-01', end: '2026-11-30' }, 'zh-CN')).toEqual([
      { path: '/end', keyword: 'x-compare', message: '不能早于“开始日期”' },
    ]);
    expect(validateData(schema, { start: '2026-12-01', end: '2026-11-30' }, 'en')[0].message).toBe('must not be before "Start date"');
  });

  it('accepts the rule kept, and says nothing while a side is empty', () => {
    expect(validateData(schema, { start: '2026-12-01', end: '2026-12-01', low: 1, high: 2 }, 'zh-CN')).toEqual([]);
    expect(validateData(schema, { end: '2026-11-30' }, 'zh-CN')).toEqual([]);
  });

  it('compares numbers as numbers', () => {
    expect(validateData(schema, { low: 10, high: 9 }, 'zh-CN')).toEqual([{ path: '/high', keyword: 'x-compare', message: '须大于“low”' }]);
  });

  it('is known to every AJV the forms use', () => {
    expect(createAjv().getKeyword('x-compare')).toBeTruthy();
  });
});
