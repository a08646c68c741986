import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { initialValues, lightFields, lightRenderable, numberValue, placeIssues, submission, toggled } from './light-form.util';

// The public-feedback form as it ships in forms/.
const shipped = (file: string) => JSON.parse(readFileSync(join(process.cwd(), 'forms', 'public-feedback', file), 'utf8'));
const schema = shipped('schema.json');
const uiSchema = shipped('ui-schema.json');
const en = shipped('labels.en.json');
const zh = shipped('labels.zh.json');

const feedback = { schema, uiSchema, labels: { zh, en } };
const keys = (data: Record<string, unknown>) => lightFields(feedback, data, 'zh').map((field) => field.key);

describe('the light renderer of public forms', () => {
  it('draws the public-feedback form, and leaves forms with a kind it does not draw to rjsf', () => {
    expect(lightRenderable(feedback)).toBe(true);
    const withField = (field: Record<string, unknown>, ui: Record<string, unknown> = {}) =>
      lightRenderable({ schema: { ...schema, properties: { ...schema.properties, extra: field } }, uiSchema: { ...uiSchema, extra: ui } });
    expect(withField({ type: 'string', format: 'cn-resident-id', 'x-kind': 'resident-id' })).toBe(true);
    expect(withField({ type: 'integer', minimum: 0, 'x-amount-fen': true, 'x-kind': 'amount' })).toBe(true);
    expect(withField({ type: 'array', uniqueItems: true, items: { type: 'string', enum: ['a', 'b'] }, 'x-kind': 'multi' })).toBe(true);
    expect(withField({ type: 'string', maxLength: 26, 'x-kind': 'attachment' }, { 'ui:widget': 'attachment' })).toBe(false);
    expect(withField({ type: 'array', items: { type: 'object', properties: { item: { type: 'string' } } }, 'x-kind': 'group' })).toBe(false);
    expect(withField({ type: 'object', properties: { start: { type: 'string', format: 'date' } }, 'x-kind': 'date-range' })).toBe(false);
    expect(withField({ type: 'object', properties: { a: { type: 'string' } } })).toBe(false);
    // A conditional field counts like any other; a rubric's computed total needs rjsf.
    const conditional = { ...schema, allOf: [{ if: { properties: { anonymous: { const: false } }, required: ['anonymous'] }, then: { properties: { files: { type: 'string', 'x-kind': 'attachment' } } } }] };
    expect(lightRenderable({ schema: conditional, uiSchema })).toBe(false);
    expect(lightRenderable({ schema: { ...schema, 'x-weighted-total': 'score' }, uiSchema })).toBe(false);
    expect(lightRenderable({ schema: { ...schema, allOf: [{ if: { properties: { a: { minLength: 2 } } }, then: { properties: { b: { type: 'string' } } } }] }, uiSchema })).toBe(false);
  });

  it('shows the contact fields while the person is not anonymous, in the designer order, labelled in their language', () => {
    const start = initialValues(schema);
    expect(start).toEqual({ anonymous: false });
    expect(keys(start)).toEqual(['intro', 'category', 'description', 'anonymous', 'contactName', 'contactMobile', 'contactEmail']);
    expect(keys({ anonymous: true })).toEqual(['intro', 'category', 'description', 'anonymous']);
    const [intro, category, description] = lightFields(feedback, start, 'en');
    expect(intro).toMatchObject({ kind: 'help', label: 'You may stay anonymous; you will get a tracking code.' });
    expect(category).toMatchObject({ kind: 'choice', widget: 'radio', required: false, label: 'Category' });
    expect(category.options.slice(0, 2)).toEqual([{ value: 'funds', label: 'Use of funds' }, { value: 'grant', label: 'A grant' }]);
    expect(description).toMatchObject({ kind: 'textarea', required: true, label: 'What happened' });
    expect(lightFields(feedback, start, 'zh').find((field) => field.key === 'contactMobile')).toMatchObject({ kind: 'mobile', label: '手机' });
  });

  it('requires a field when the designer condition says so, and sends only what is shown', () => {
    const required = { ...schema, allOf: [{ if: { properties: { anonymous: { const: false } }, required: ['anonymous'] }, then: { required: ['category'] } }] };
    const doc = { schema: required, uiSchema, labels: { zh, en } };
    expect(lightFields(doc, { anonymous: false }, 'zh').find((field) => field.key === 'category')?.required).toBe(true);
    expect(lightFields(doc, { anonymous: true }, 'zh').find((field) => field.key === 'category')?.required).toBe(false);
    // A mobile typed before ticking "anonymous" is not sent; display fields carry no value.
    const typed = { intro: 'x', description: '路灯坏了', anonymous: true, contactMobile: '13900004444' };
    expect(submission(lightFields(feedback, typed, 'zh'), typed)).toEqual({ description: '路灯坏了', anonymous: true });
  });

  it('reads numbers as typed and keeps ticked choices in the options order', () => {
    expect(numberValue('12.5')).toBe(12.5);
    expect(numberValue(' ')).toBeUndefined();
    expect(numberValue('1e')).toBe('1e');
    const options = [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }, { value: 'c', label: 'C' }];
    expect(toggled(options, ['c'], 'a', true)).toEqual(['a', 'c']);
    expect(toggled(options, ['a'], 'a', false)).toBeUndefined();
  });

  it('places each issue under its field, first message only, and lists them in the form order with the rest last', () => {
    const fields = lightFields(feedback, { anonymous: false }, 'zh');
    const placed = placeIssues(
      [
        { path: '/contactMobile', keyword: 'format', message: '请输入11位中国大陆手机号码' },
        { path: '/contactMobile', keyword: 'maxLength', message: '太长' },
        { path: '/description', keyword: 'required', message: '必填' },
        { path: '', keyword: 'if', message: '应当通过 "then" 模式' },
        { path: '/source', keyword: 'additionalProperties', message: '不可填写' },
      ],
      fields,
    );
    expect(placed.byField).toEqual({ contactMobile: '请输入11位中国大陆手机号码', description: '必填' });
    expect(placed.summary.map((error) => [error.property, error.message])).toEqual([
      ['.description', '必填'],
      ['.contactMobile', '请输入11位中国大陆手机号码'],
      ['', '不可填写'],
    ]);
  });
});
