import { describe, expect, it } from '@jest/globals';

import { pickFormFields, submittedThrough, topLevelFields } from './form-fields.util';

const schema = {
  type: 'object',
  properties: { intro: { type: 'null' }, title: { type: 'string' }, hasPartner: { type: 'boolean' } },
  allOf: [{ if: { properties: { hasPartner: { const: true } } }, then: { properties: { partnerName: { type: 'string' } } } }],
};

describe('a form’s fields on the page', () => {
  it('lists the fields that hold data, conditional ones after the rest', () => {
    expect(topLevelFields(schema)).toEqual(['title', 'hasPartner', 'partnerName']);
  });

  it('prefills a step only with what its form asks', () => {
    expect(pickFormFields(schema, { title: 't', partnerName: 'p', programme: { id: 'x' }, applicantEnterprise: {} })).toEqual({ title: 't', partnerName: 'p' });
  });

  it('gathers what was submitted through the form’s events, later edits winning', () => {
    const history = [
      { event: 'start', data: { title: 'a', amount: 1 } },
      { event: 'SCORE', data: { score: 1 } },
      { event: 'UPDATE_DRAFT', data: { title: 'b' } },
    ];
    expect(submittedThrough(['start', 'UPDATE_DRAFT'], history)).toEqual({ title: 'b', amount: 1 });
  });
});
