import { describe, expect, it } from '@jest/globals';

import { addColumn, fromDocument, moveItem, newField, replaceColumn, toDocument } from './designer-model';

describe('designer model', () => {
  it('turns fields into a document and reads the same fields back', () => {
    const name = { ...newField('text', []), key: 'name', required: true, label: { zh: '姓名', en: 'Name' }, max: 50 };
    const pet = { ...newField('yesno', []), key: 'hasPet', label: { zh: '有宠物', en: 'Has a pet' } };
    const petName = { ...newField('text', []), key: 'petName', required: true, label: { zh: '宠物名', en: 'Pet name' }, condition: { field: 'hasPet', equals: true, mode: 'show' as const } };
    const size = { ...newField('choice', []), key: 'size', label: { zh: '规模', en: 'Size' } };
    const document = toDocument([name, pet, petName, size], { zh: '登记', en: 'Sign-up' });
    expect(document.schema).toMatchObject({
      required: ['name'],
      properties: { name: { type: 'string', maxLength: 50 }, hasPet: { type: 'boolean' }, size: { enum: ['a', 'b'] } },
      allOf: [{ if: { properties: { hasPet: { const: true } }, required: ['hasPet'] }, then: { properties: { petName: { type: 'string' } }, required: ['petName'] } }],
    });
    expect(document.labels.en).toMatchObject({ $form: 'Sign-up', name: 'Name', 'size#option:a': 'Option one' });
    expect(document.uiSchema['ui:order']).toEqual(['name', 'hasPet', 'petName', 'size', '*']);
    const back = fromDocument(document);
    expect(back.fields).toEqual([name, pet, petName, size]);
    expect(toDocument(back.fields, back.title, document)).toEqual(document);
  });

  it('keeps root keys and schemas it does not model', () => {
    const document = {
      schema: { type: 'object', 'x-workflow-reads': ['odd'], properties: { odd: { type: 'object', properties: { x: { type: 'string' } } } }, required: ['odd'] },
      uiSchema: {},
      labels: { zh: { odd: '奇' }, en: { odd: 'Odd' } },
    };
    const { fields, title } = fromDocument(document);
    expect(fields[0]).toMatchObject({ key: 'odd', kind: 'custom', required: true });
    expect(toDocument(fields, title, document).schema).toEqual({ ...document.schema });
  });

  it('edits the columns of a repeating group and keeps each column\'s kind, label and widget', () => {
    let budget = { ...newField('group', []), key: 'budget', label: { zh: '预算明细', en: 'Budget lines' } };
    budget = addColumn(addColumn(budget, 'amount'), 'textarea');
    expect(budget.columns.map((column) => `${column.key}:${column.kind}`)).toEqual(['item:text', 'amount1:amount', 'textarea1:textarea']);
    const cost = { ...budget.columns[1], key: 'cost', required: true, label: { zh: '金额', en: 'Cost' } };
    budget = replaceColumn(budget, 1, cost) ?? budget;
    expect(replaceColumn(budget, 2, { ...budget.columns[2], key: 'cost' })).toBeNull();
    expect(replaceColumn(budget, 2, { ...budget.columns[2], key: '' })).toBeNull();

    const document = toDocument([budget], { zh: '', en: '' });
    expect(document.schema.properties).toMatchObject({
      budget: { type: 'array', items: { required: ['cost'], properties: { cost: { type: 'integer', 'x-amount-fen': true } } } },
    });
    expect(document.uiSchema.budget).toEqual({ items: { 'ui:order': ['item', 'cost', 'textarea1'], textarea1: { 'ui:widget': 'textarea' } } });
    expect(document.labels.en).toMatchObject({ budget: 'Budget lines', 'budget.cost': 'Cost' });
    expect(fromDocument(document).fields).toEqual([budget]);
  });

  it('keeps a field\'s starting value, so the fields a condition shows on "no" are shown from the start', () => {
    const anonymous = { type: 'boolean', 'x-kind': 'yesno', 'x-disclosure': 'public', default: false };
    const document = { schema: { type: 'object', properties: { anonymous } }, uiSchema: {}, labels: { zh: {}, en: {} } };
    const { fields, title } = fromDocument(document);
    expect(fields[0].default).toBe(false);
    expect(toDocument(fields, title, document).schema.properties).toEqual({ anonymous });
  });

  it('moves an item before another', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 3)).toEqual(['b', 'c', 'a']);
  });

  it('keeps form-level rules between fields, naming the other field, and drops a rule whose field is gone', () => {
    const start = { ...newField('date', []), key: 'start', label: { zh: '开始日期', en: 'Start date' } };
    const end = { ...newField('date', []), key: 'end', label: { zh: '结束日期', en: '' } };
    const document = toDocument([start, end], { zh: '', en: '' }, undefined, [{ field: 'end', op: '>=', other: 'start' }]);
    expect(document.schema['x-compare']).toEqual([{ field: 'end', op: '>=', other: 'start', otherTitle: { zh: '开始日期', en: 'Start date' } }]);
    expect(fromDocument(document).rules).toEqual([{ field: 'end', op: '>=', other: 'start' }]);
    expect(toDocument([start, end], { zh: '', en: '' }, document).schema['x-compare']).toHaveLength(1);
    expect(toDocument([end], { zh: '', en: '' }, document).schema['x-compare']).toBeUndefined();
  });

  it('gives a date range its own rule: the end not before the start', () => {
    const range = { ...newField('date-range', []), key: 'period' };
    expect(toDocument([range], { zh: '', en: '' }).schema.properties).toMatchObject({
      period: { 'x-compare': [{ field: 'end', op: '>=', other: 'start' }] },
    });
  });

  it('makes score the weighted average of the criteria staff weigh, keeping the total the workflow reads', () => {
    const need = { ...newField('number', []), key: 'need', weight: 40 };
    const budget = { ...newField('number', []), key: 'budget', weight: 60 };
    const score = { ...newField('number', []), key: 'score', min: 0, max: 100 };
    const document = toDocument([need, budget, score], { zh: '', en: '' });
    expect(document.schema['x-weighted-total']).toBe('score');
    expect(document.schema.properties).toMatchObject({ need: { 'x-weight': 40 }, budget: { 'x-weight': 60 } });
    expect(fromDocument(document).fields.map((field) => field.weight)).toEqual([40, 60, undefined]);
    expect(toDocument([score], { zh: '', en: '' }, document).schema['x-weighted-total']).toBeUndefined();
  });
});
