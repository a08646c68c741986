import { FormSchemaError } from './form-schema.error';
import { FormValidatorCache } from './form-validator-cache';

const feedbackV1 = { type: 'object', required: ['mobile'], properties: { mobile: { type: 'string', format: 'cn-mobile' } } };
const feedbackV2 = { type: 'object', required: ['email'], properties: { email: { type: 'string', format: 'email' } } };

describe('FormValidatorCache', () => {
  it('compiles each form version once', () => {
    const cache = new FormValidatorCache();
    for (let i = 0; i < 5; i += 1) cache.validate('feedback@1', feedbackV1, { mobile: '13800138000' });
    cache.validate('feedback@2', feedbackV2, {});
    expect(cache.compileCount).toBe(2);
    expect(cache.size).toBe(2);
  });

  it('keeps using the schema the key was first compiled with', () => {
    const cache = new FormValidatorCache();
    cache.get('feedback@1', feedbackV1);
    expect(cache.validate('feedback@1', feedbackV2, {})).toEqual([{ path: '/mobile', keyword: 'required', message: 'is required' }]);
  });

  it('loads the schema only on a miss', () => {
    const cache = new FormValidatorCache();
    const load = jest.fn(() => feedbackV1);
    cache.get('feedback@1', load);
    cache.get('feedback@1', load);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('validates in the locale asked for', () => {
    const validate = new FormValidatorCache().get('feedback@1', feedbackV1);
    expect(validate({ mobile: '123' }, 'zh-CN')[0].message).toBe('请输入11位中国大陆手机号码');
  });

  it('drops the least recently used validator beyond maxEntries', () => {
    const cache = new FormValidatorCache({ maxEntries: 2 });
    cache.get('a@1', feedbackV1);
    cache.get('b@1', feedbackV1);
    cache.get('a@1', feedbackV1);
    cache.get('c@1', feedbackV1);
    expect([cache.has('a@1'), cache.has('b@1'), cache.has('c@1')]).toEqual([true, false, true]);
  });

  it('throws a coded error for a bad schema and caches nothing', () => {
    const cache = new FormValidatorCache();
    const bad = { type: 'object', properties: { x: { $ref: 'https://evil.example/schema.json' } } };
    expect(() => cache.get('bad@1', bad)).toThrow(FormSchemaError);
    try {
      cache.get('bad@1', bad);
    } catch (error) {
      expect(error).toMatchObject({ code: 'FORM_SCHEMA_INVALID', cacheKey: 'bad@1' });
      expect((error as FormSchemaError).issues[0].path).toBe('/properties/x/$ref');
    }
    expect(cache.has('bad@1')).toBe(false);
  });

  it('forgets everything on clear', () => {
    const cache = new FormValidatorCache();
    cache.get('feedback@1', feedbackV1);
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
