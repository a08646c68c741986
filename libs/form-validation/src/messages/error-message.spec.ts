import type { ErrorObject } from 'ajv';

import { errorMessage } from './error-message';

function error(keyword: string, params: Record<string, unknown>, message?: string): ErrorObject {
  return { keyword, params, message, instancePath: '', schemaPath: '#' };
}

describe('errorMessage', () => {
  it.each([
    [error('required', { missingProperty: 'amount' }), 'is required', '此项为必填项'],
    [error('format', { format: 'cn-resident-id' }), 'must be a valid 18-character resident ID number', '请输入有效的18位居民身份证号码'],
    [error('format', { format: 'cn-credit-code' }), 'must be a valid 18-character unified social credit code', '请输入有效的18位统一社会信用代码'],
    [error('format', { format: 'cn-mobile' }), 'must be an 11-digit mainland mobile number', '请输入11位中国大陆手机号码'],
    [error('maxLength', { limit: 50 }), 'must be at most 50 characters', '不能超过50个字符'],
    [error('minimum', { limit: 100 }), 'must be at least 100', '不能小于100'],
    [error('type', { type: 'integer' }), 'must be a whole number', '必须是整数'],
    [error('type', { type: 'string,null' }), 'must be text or empty', '必须是文本或空值'],
    [error('enum', { allowedValues: ['a'] }), 'must be one of the listed options', '请从给定选项中选择'],
  ])('words %j for people', (ajvError, en, zh) => {
    expect(errorMessage(ajvError, 'en')).toBe(en);
    expect(errorMessage(ajvError, 'zh-CN')).toBe(zh);
  });

  it('names the field a dependency hangs on', () => {
    const dependency = error('dependencies', { property: 'bankName', missingProperty: 'bankAccount' });
    expect(errorMessage(dependency, 'en')).toBe('is required when "bankName" is filled in');
    expect(errorMessage(dependency, 'zh-CN')).toBe('填写“bankName”时此项为必填项');
  });

  it('speaks of yuan, never of fen, for an amount field', () => {
    const amount = (keyword: string, params: Record<string, unknown>) => ({
      ...error(keyword, params),
      parentSchema: { type: 'integer', minimum: 0, maximum: 5_000_000, 'x-amount-fen': true },
    });
    expect(errorMessage(amount('maximum', { limit: 5_000_000 }), 'zh-CN')).toBe('不能超过 ¥50,000.00');
    expect(errorMessage(amount('minimum', { limit: 12_345 }), 'en')).toBe('must be at least ¥123.45');
    for (const keyword of ['type', 'x-amount-fen']) {
      expect(errorMessage(amount(keyword, { type: 'integer' }), 'zh-CN')).toBe('请填写金额（元），最多两位小数，例如 1234.56');
    }
  });

  it('calls an empty list row not filled in, not of the wrong type', () => {
    expect(errorMessage({ ...error('type', { type: 'string' }), data: undefined }, 'zh-CN')).toBe('此项为必填项');
    expect(errorMessage({ ...error('type', { type: 'string' }), data: 3 }, 'zh-CN')).toBe('必须是文本');
  });

  it('falls back to AJV’s text for keywords it does not know', () => {
    expect(errorMessage(error('someKeyword', {}, 'must pass someKeyword'), 'zh-CN')).toBe('must pass someKeyword');
  });
});
