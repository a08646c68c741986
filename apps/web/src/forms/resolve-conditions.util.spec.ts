import { describe, expect, it } from '@jest/globals';

import { resolveConditions } from './resolve-conditions.util';

const schema = {
  type: 'object',
  properties: { hasPet: { type: 'boolean' }, name: { type: 'string' } },
  required: ['name'],
  allOf: [
    { if: { properties: { hasPet: { const: true } }, required: ['hasPet'] }, then: { properties: { petName: { type: 'string' } }, required: ['petName'] } },
    { if: { properties: { name: { minLength: 3 } } }, then: { required: ['hasPet'] } },
  ],
};

describe('resolveConditions', () => {
  it('shows and requires a conditional field only while its condition holds', () => {
    expect(resolveConditions(schema, { hasPet: true })).toMatchObject({ properties: { petName: { type: 'string' } }, required: ['name', 'petName'] });
    expect(resolveConditions(schema, { hasPet: false }).properties).not.toHaveProperty('petName');
  });

  it('leaves conditions it does not model to rjsf', () => {
    expect(resolveConditions(schema, {}).allOf).toEqual([schema.allOf[1]]);
  });
});
