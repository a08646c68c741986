import { dataInWords } from './data-in-words';

const form = {
  schema: {
    type: 'object',
    properties: {
      title: { type: 'string' },
      amount: { type: 'integer', 'x-amount-fen': true },
      choice: { type: 'string', enum: ['approve', 'reject'] },
      hasPartner: { type: 'boolean' },
      period: { type: 'object', properties: { start: { type: 'string' } } },
      budget: {
        type: 'array',
        items: {
          type: 'object',
          properties: { item: { type: 'string' }, amount: { type: 'integer', 'x-amount-fen': true } },
        },
      },
    },
  },
  labels: {
    title: '项目名称',
    amount: '申请金额（元）',
    choice: '表决',
    'choice#option:approve': '同意',
    hasPartner: '是否有合作机构',
    period: '执行期',
    'period.start': '开始日期',
    budget: '预算明细',
    'budget.item': '用途',
    'budget.amount': '金额（元）',
  },
};

describe('dataInWords', () => {
  it('reads each field under its form label, money in 元, options and yes/no in words', () => {
    expect(
      dataInWords(
        {
          title: '书屋',
          amount: 1234500,
          choice: 'approve',
          hasPartner: false,
          period: { start: '2026-01-01' },
          budget: [{ item: '书架', amount: 50000 }],
        },
        form,
      ),
    ).toBe(
      '项目名称：书屋；申请金额（元）：12,345.00 元；表决：同意；是否有合作机构：否；执行期：（开始日期：2026-01-01）；预算明细：（用途：书架，金额（元）：500.00 元）',
    );
  });

  it('names an unlabelled field by its key, or in the words the view holds for it', () => {
    expect(
      dataInWords({ programmeId: 'p-1', note: '', extra: 3 }, undefined, {
        programmeId: { label: '资助项目', text: '社区营造' },
      }),
    ).toBe('资助项目：社区营造；extra：3');
  });
});
