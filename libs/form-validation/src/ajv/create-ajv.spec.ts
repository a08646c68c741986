import { createAjv } from './create-ajv';

describe('createAjv', () => {
  it('reports every error, not only the first', () => {
    const validate = createAjv().compile({
      type: 'object',
      required: ['a', 'b'],
      properties: { a: { type: 'string' }, b: { type: 'string' } },
    });
    validate({});
    expect(validate.errors).toHaveLength(2);
  });

  it('checks multipleOf with the precision rjsf uses', () => {
    expect(createAjv().validate({ type: 'number', multipleOf: 0.01 }, 0.07)).toBe(true);
  });

  it('refuses NaN as a number', () => {
    expect(createAjv().validate({ type: 'number' }, Number.NaN)).toBe(false);
  });
});
