import { compileFormSchema, createValidationAjv } from './compile-form-schema';

describe('compileFormSchema', () => {
  it('leaves nothing of the schema registered in the AJV instance', () => {
    const ajv = createValidationAjv();
    const schema = { $id: 'urn:yilin:feedback', type: 'string' };
    compileFormSchema(ajv, schema);
    expect(ajv.getSchema('urn:yilin:feedback')).toBeUndefined();
    expect(() => compileFormSchema(ajv, { ...schema })).not.toThrow();
  });

  it('returns a validator that defaults to English', () => {
    const validate = compileFormSchema(createValidationAjv(), { type: 'integer', 'x-amount-fen': true });
    expect(validate(1)).toEqual([]);
    expect(validate(-1)[0].message).toBe('must be an amount in yuan with at most two decimals, e.g. 1234.56');
  });
});
