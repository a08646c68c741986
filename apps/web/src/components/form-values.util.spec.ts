import { describe, expect, it } from '@jest/globals';

import { valueRows } from './form-values.util';

const schema = {
  type: 'object',
  properties: {
    amount: { type: 'integer', 'x-amount-fen': true },
    founder: { type: 'object', properties: { name: { type: 'string' } } },
    addresses: { type: 'array', items: { type: 'object', properties: { kind: { type: 'string' } } } },
    partner: { type: 'boolean' },
    tags: { type: 'array', items: { type: 'string' } },
  },
};
const labels = { amount: '申请金额（元）', founder: '创办人', 'founder.name': '姓名', addresses: '住所', 'addresses.kind': '类型', 'addresses.kind#option:registered': '注册地址' };

describe('valueRows', () => {
  it('names fields by their labels, amounts in yuan, options and yes/no in words, unknown keys as they are', () => {
    const rows = valueRows(
      { amount: 1_234_500, founder: { name: '王*' }, addresses: [{ kind: 'registered' }], partner: true, tags: ['a', 'b'], extra: 3 },
      schema,
      labels,
      ['是', '否'],
    );
    expect(rows.map(({ label, text, depth }) => [label, text, depth])).toEqual([
      ['申请金额（元）', '¥12,345.00', 0],
      ['创办人', '', 0],
      ['姓名', '王*', 1],
      ['住所', '', 0],
      ['类型', '注册地址', 1],
      ['partner', '是', 0],
      ['tags', 'a、b', 0],
      ['extra', '3', 0],
    ]);
  });
});

describe('valueRows with files', () => {
  it('gives a file field its attachment id to download instead of showing the id as text', () => {
    const schema = { type: 'object', properties: { evidence: { type: 'string', 'x-kind': 'attachment' } } };
    expect(valueRows({ evidence: '01M8Q0ENTJ89ZG0WQ0X86CP4FQ' }, schema, { evidence: '佐证材料' }, ['是', '否'])).toEqual([
      { path: 'evidence', label: '佐证材料', text: '', depth: 0, attachment: '01M8Q0ENTJ89ZG0WQ0X86CP4FQ' },
    ]);
  });
});
