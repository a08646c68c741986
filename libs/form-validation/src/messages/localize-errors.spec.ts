import { createAjv } from '../ajv/create-ajv';
import { localizeErrors } from './localize-errors';

describe('localizeErrors', () => {
  it('rewrites AJV messages in place, as rjsf expects of a localizer', () => {
    const validate = createAjv().compile({ type: 'object', required: ['name'] });
    validate({});
    localizeErrors('zh-CN')(validate.errors);
    expect(validate.errors?.[0].message).toBe('此项为必填项');
  });

  it('accepts no errors at all', () => {
    expect(() => localizeErrors('en')(null)).not.toThrow();
  });
});
