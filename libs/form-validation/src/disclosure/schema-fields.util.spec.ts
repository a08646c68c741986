import { declaredDisclosure, expandSchema, formatOf, itemsOf, propertiesOf } from './schema-fields.util';

describe('schema fields', () => {
  const root = {
    definitions: { person: { type: 'object', properties: { name: { type: 'string', 'x-disclosure': 'masked' } } } },
    type: 'object',
    properties: { applicant: { $ref: '#/definitions/person' } },
    allOf: [{ properties: { applicant: { 'x-disclosure': 'private' } } }],
    dependencies: { applicant: { properties: { reason: { type: 'string' } } } },
  };

  it('merges a field declared in properties, $ref targets and branches', () => {
    const fields = propertiesOf(root, expandSchema(root, root));
    expect([...fields.keys()].sort()).toEqual(['applicant', 'reason']);
    const applicant = fields.get('applicant') ?? [];
    expect(declaredDisclosure(applicant)).toBe('private');
    expect(declaredDisclosure(propertiesOf(root, applicant).get('name') ?? [])).toBe('masked');
  });

  it('follows cyclic $refs once', () => {
    const cyclic = { definitions: { node: { properties: { next: { $ref: '#/definitions/node' } } } }, $ref: '#/definitions/node' };
    expect(expandSchema(cyclic, cyclic)).toHaveLength(2);
  });

  it('finds array items, tuple positions and formats', () => {
    const list = [{ items: [{ format: 'email' }], additionalItems: { format: 'cn-mobile' } }];
    expect(formatOf(itemsOf({}, list, 0))).toBe('email');
    expect(formatOf(itemsOf({}, list, 5))).toBe('cn-mobile');
  });
});
