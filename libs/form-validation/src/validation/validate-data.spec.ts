import { FormSchemaError } from './form-schema.error';
import { validateData } from './validate-data';

const grantApplication = {
  type: 'object',
  required: ['applicant', 'amount', 'members'],
  properties: {
    applicant: {
      type: 'object',
      required: ['name', 'idNumber', 'mobile'],
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 50 },
        idNumber: { type: 'string', format: 'cn-resident-id' },
        mobile: { type: 'string', format: 'cn-mobile' },
      },
    },
    organisationCode: { type: 'string', format: 'cn-credit-code' },
    amount: { type: 'integer', minimum: 0, 'x-amount-fen': true },
    members: {
      type: 'array',
      items: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
    },
  },
};

const valid = {
  applicant: { name: '张三', idNumber: '510104199003071237', mobile: '13800138000' },
  organisationCode: '53510100MJ12345615',
  amount: 500000,
  members: [{ name: '李四' }],
};

describe('validateData', () => {
  it('returns no issues for valid data', () => {
    expect(validateData(grantApplication, valid)).toEqual([]);
  });

  it('points a required error at the missing field, not at its parent', () => {
    const { amount: _amount, ...withoutAmount } = valid;
    expect(validateData(grantApplication, withoutAmount)).toEqual([
      { path: '/amount', keyword: 'required', message: 'is required' },
    ]);
  });

  it('points into arrays and nested objects', () => {
    const data = { ...valid, applicant: { ...valid.applicant, mobile: undefined }, members: [{ name: 'a' }, {}] };
    expect(validateData(grantApplication, data).map((issue) => issue.path).sort()).toEqual([
      '/applicant/mobile',
      '/members/1/name',
    ]);
  });

  it('reports every broken CN format in the chosen language', () => {
    const data = {
      ...valid,
      applicant: { name: '张三', idNumber: '510104199003071238', mobile: '12345' },
      organisationCode: '91350100M000100Y44',
      amount: 12.5,
    };
    expect(validateData(grantApplication, data, 'zh-CN')).toEqual(
      expect.arrayContaining([
        { path: '/applicant/idNumber', keyword: 'format', message: '请输入有效的18位居民身份证号码' },
        { path: '/applicant/mobile', keyword: 'format', message: '请输入11位中国大陆手机号码' },
        { path: '/organisationCode', keyword: 'format', message: '请输入有效的18位统一社会信用代码' },
        { path: '/amount', keyword: 'type', message: '请填写金额（元），最多两位小数，例如 1234.56' },
      ]),
    );
  });

  it('checks standard formats too', () => {
    const schema = { type: 'object', properties: { email: { type: 'string', format: 'email' }, on: { type: 'string', format: 'date' } } };
    expect(validateData(schema, { email: 'x', on: '2025-13-01' }).map((issue) => issue.keyword)).toEqual(['format', 'format']);
  });

  it('refuses to validate against a schema that fails the check', () => {
    expect(() => validateData({ type: 'string', format: 'color' }, '#fff')).toThrow(FormSchemaError);
  });

  it('does not keep the schema’s $id around between calls', () => {
    const schema = { $id: 'https://yilin.example/forms/feedback', type: 'string' };
    expect(validateData(schema, 'ok')).toEqual([]);
    expect(validateData({ ...schema, type: 'integer' }, 3)).toEqual([]);
  });
});
