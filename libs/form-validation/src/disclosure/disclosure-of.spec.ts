import { disclosureOf } from './disclosure-of';

describe('disclosureOf', () => {
  it('maps every declared field by JSON Pointer, private by default, inherited from the nearest ancestor', () => {
    const schema = {
      type: 'object',
      properties: {
        projectTitle: { type: 'string', 'x-disclosure': 'public' },
        notes: { type: 'string' },
        applicant: {
          type: 'object',
          'x-disclosure': 'masked',
          properties: { name: { type: 'string' }, idNumber: { type: 'string', 'x-disclosure': 'private' } },
        },
        budget: {
          type: 'object',
          'x-disclosure': 'private',
          properties: { total: { type: 'integer', 'x-disclosure': 'public' } },
        },
        members: {
          type: 'array',
          'x-disclosure': 'public',
          items: { type: 'object', properties: { name: { type: 'string', 'x-disclosure': 'masked' }, role: { type: 'string' } } },
        },
        'a/b': { type: 'string' },
      },
    };
    expect(disclosureOf(schema)).toEqual({
      '/projectTitle': 'public',
      '/notes': 'private',
      '/applicant': 'masked',
      '/applicant/name': 'masked',
      '/applicant/idNumber': 'private',
      '/budget': 'private',
      '/budget/total': 'private',
      '/members': 'public',
      '/members/*': 'public',
      '/members/*/name': 'masked',
      '/members/*/role': 'public',
      '/a~1b': 'private',
    });
  });

  it('takes the strictest of a field declared in several branches', () => {
    const schema = {
      properties: { reason: { type: 'string', 'x-disclosure': 'public' } },
      oneOf: [{ properties: { reason: { 'x-disclosure': 'masked' } } }, { properties: { extra: { type: 'string', 'x-disclosure': 'public' } } }],
    };
    expect(disclosureOf(schema)).toEqual({ '/reason': 'masked', '/extra': 'public' });
  });

  it('lists tuple positions by index', () => {
    expect(disclosureOf({ items: [{ 'x-disclosure': 'public' }, {}] })).toEqual({ '/0': 'public', '/1': 'private' });
  });
});
