import { redact } from './redact';

const schema = {
  type: 'object',
  properties: {
    projectTitle: { type: 'string', 'x-disclosure': 'public' },
    amount: { type: 'integer', 'x-amount-fen': true, 'x-disclosure': 'public' },
    applicant: {
      type: 'object',
      properties: {
        name: { type: 'string', 'x-disclosure': 'masked' },
        idNumber: { type: 'string', format: 'cn-resident-id', 'x-disclosure': 'masked' },
        mobile: { type: 'string', format: 'cn-mobile', 'x-disclosure': 'masked' },
        birthYear: { type: 'integer', 'x-disclosure': 'masked' },
        address: { type: 'string' },
      },
    },
    bank: { type: 'object', 'x-disclosure': 'private', properties: { account: { type: 'string', 'x-disclosure': 'public' } } },
    members: {
      type: 'array',
      'x-disclosure': 'masked',
      items: { type: 'object', properties: { name: { type: 'string' }, note: { type: 'string', 'x-disclosure': 'private' } } },
    },
    tags: { type: 'array', items: { type: 'string' } },
  },
};

const data = {
  projectTitle: '社区长者食堂',
  amount: 5_000_000,
  applicant: {
    name: '张三',
    idNumber: '510104199003071237',
    mobile: '13812345678',
    birthYear: 1990,
    address: '成都市武侯区',
  },
  bank: { account: '6222020000000000000' },
  members: [{ name: '李小龙', note: '低保户' }, { note: '仅备注' }],
  tags: ['elderly'],
  undeclared: 'secret',
};

describe('redact', () => {
  it('removes private fields, masks masked ones and keeps public ones', () => {
    expect(redact(schema, data)).toEqual({
      projectTitle: '社区长者食堂',
      amount: 5_000_000,
      applicant: { name: '张*', idNumber: '510*************37', mobile: '138****5678' },
      members: [{ name: '李**' }],
    });
  });

  it('does not modify the data it is given', () => {
    const copy = structuredClone(data);
    redact(schema, data);
    expect(data).toEqual(copy);
  });

  it('returns undefined when nothing may be shown', () => {
    expect(redact({ type: 'string' }, 'x')).toBeUndefined();
    expect(redact(schema, { bank: { account: '1' } })).toBeUndefined();
  });

  it('keeps an empty group someone made visible', () => {
    expect(redact({ type: 'array', 'x-disclosure': 'public', items: {} }, [])).toEqual([]);
  });

  it('follows fields declared in conditional branches and $refs', () => {
    const conditional = {
      definitions: { phone: { type: 'string', format: 'cn-mobile', 'x-disclosure': 'masked' } },
      properties: { kind: { type: 'string', 'x-disclosure': 'public' } },
      if: { properties: { kind: { const: 'org' } } },
      then: { properties: { contact: { $ref: '#/definitions/phone' } } },
    };
    expect(redact(conditional, { kind: 'org', contact: '13912345678' })).toEqual({ kind: 'org', contact: '139****5678' });
  });
});
