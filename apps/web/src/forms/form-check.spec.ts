import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { checkForm } from './form-check';

// The public-feedback form as it ships in forms/.
const shipped = (file: string) => JSON.parse(readFileSync(join(process.cwd(), 'forms', 'public-feedback', file), 'utf8'));
const schema = shipped('schema.json');

describe('the public forms checker', () => {
  it('refuses what the engine refuses, with its messages, in both languages', () => {
    const data = { description: '路灯坏了', anonymous: false, contactMobile: '1390000' };
    expect(checkForm(schema, data, 'zh')).toEqual([expect.objectContaining({ path: '/contactMobile', message: '请输入11位中国大陆手机号码' })]);
    expect(checkForm(schema, data, 'en')).toEqual([expect.objectContaining({ path: '/contactMobile', message: expect.stringMatching(/mobile/i) })]);
    expect(checkForm(schema, { ...data, contactMobile: '13900004444' }, 'zh')).toEqual([]);
    // Anonymous: the contact fields are not part of the form any more, and their condition adds no message.
    expect(checkForm(schema, { description: '路灯坏了', anonymous: true }, 'zh')).toEqual([]);
  });

  it('checks amounts in fen as the engine does', () => {
    const amount = { type: 'object', properties: { amount: { type: 'integer', minimum: 0, 'x-amount-fen': true } } };
    expect(checkForm(amount, { amount: 123456 }, 'zh')).toEqual([]);
    expect(checkForm(amount, { amount: '12.345' }, 'zh')).toEqual([expect.objectContaining({ path: '/amount' })]);
  });
});
