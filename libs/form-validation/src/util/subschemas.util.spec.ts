import { isJsonObject, subschemas } from './subschemas.util';

describe('subschemas', () => {
  it('finds schemas under every draft-07 applicator, and never inside data keywords', () => {
    const found = subschemas({
      properties: { a: { type: 'string' } },
      definitions: { d: {} },
      items: [{ type: 'string' }],
      additionalItems: false,
      anyOf: [{}, {}],
      if: {},
      then: {},
      dependencies: { a: ['b'], c: { required: ['d'] } },
      enum: [{ type: 'not a schema' }],
      default: { properties: {} },
    }).map(({ tokens }) => tokens.join('/'));
    expect(found.sort()).toEqual(
      ['properties/a', 'definitions/d', 'items/0', 'additionalItems', 'anyOf/0', 'anyOf/1', 'if', 'then', 'dependencies/c'].sort(),
    );
  });

  it('tells objects from arrays and null', () => {
    expect([isJsonObject({}), isJsonObject([]), isJsonObject(null), isJsonObject('x')]).toEqual([true, false, false, false]);
  });
});
