import { FormSchemaError } from './form-schema.error';

describe('FormSchemaError', () => {
  it('carries a code, the key and the issues, and says them in its message', () => {
    const error = new FormSchemaError([{ path: '/format', keyword: 'format', message: 'Unknown format "x"' }], 'feedback@1');
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('FORM_SCHEMA_INVALID');
    expect(error.message).toBe('Form schema feedback@1 is not valid: /format Unknown format "x"');
  });
});
