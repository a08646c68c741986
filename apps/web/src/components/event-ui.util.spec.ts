import { describe, expect, it } from '@jest/globals';

import { referencesFirst, withReferences } from './event-ui.util';

const note = { type: 'object', properties: { note: { type: 'string', maxLength: 1000 } }, required: [] };

describe('a step’s form with the references picked beside it', () => {
  const references = {
    type: 'object',
    properties: {
      reviewerIds: { type: 'array', minItems: 1, items: { type: 'string' } },
      programmeId: { type: 'string' },
    },
    required: ['reviewerIds'],
  };

  it('puts the references the step needs before the form’s own fields, required', () => {
    const { schema, picked } = withReferences(note, references);
    expect(picked).toEqual(['reviewerIds']);
    expect(Object.keys(schema.properties as object)).toEqual(['reviewerIds', 'note']);
    expect(schema.required).toEqual(['reviewerIds']);
  });

  it('does not ask again for references a step may go without, nor change a form that needs none', () => {
    expect(withReferences(note, { ...references, required: [] })).toEqual({ schema: note, picked: [] });
    expect(withReferences(note, undefined)).toEqual({ schema: note, picked: [] });
  });

  it('orders the picked references first, keeping the designer’s order and every other field', () => {
    expect(referencesFirst({ 'ui:order': ['comment'] }, ['kind'])['ui:order']).toEqual(['kind', 'comment', '*']);
    expect(referencesFirst({ 'ui:order': ['comment', '*'], comment: {} }, ['kind'])).toEqual({ 'ui:order': ['kind', 'comment', '*'], comment: {} });
    expect(referencesFirst({}, ['reviewerIds'])['ui:order']).toEqual(['reviewerIds', '*']);
    expect(referencesFirst({ a: 1 }, [])).toEqual({ a: 1 });
  });
});
