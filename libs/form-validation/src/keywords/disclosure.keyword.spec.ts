import { createAjv } from '../ajv/create-ajv';

describe('x-disclosure', () => {
  it('is an annotation: it never fails data', () => {
    const validate = createAjv().compile({ type: 'string', 'x-disclosure': 'private' });
    expect(validate('anything')).toBe(true);
  });

  it('only takes public, masked or private', () => {
    const ajv = createAjv();
    for (const disclosure of ['public', 'masked', 'private']) {
      expect(() => ajv.compile({ type: 'string', 'x-disclosure': disclosure })).not.toThrow();
    }
    expect(() => ajv.compile({ type: 'string', 'x-disclosure': 'secret' })).toThrow();
  });
});
