import type { RJSFSchema } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';

import { localizeErrors } from '../messages/localize-errors';
import { validateData } from '../validation/validate-data';
import { RJSF_VALIDATOR_OPTIONS } from './rjsf-validator-options.const';

// @rjsf/utils loads an ESM-only allOf merger at import time that jest on Node 20 cannot require; these schemas
// have no allOf, so inert stand-ins are enough to run rjsf's real AJV path.
jest.mock('@x0k/json-schema-merge', () => {
  const unused = () => () => {
    throw new Error('allOf merging is not used in this spec');
  };
  return {
    createComparator: () => ({ compareSchemaDefinitions: unused(), compareSchemaValues: unused() }),
    createMerger: () => ({ mergeArrayOfSchemaDefinitions: unused() }),
    createShallowAllOfMerge: unused,
  };
});
jest.mock('@x0k/json-schema-merge/lib/array', () => ({ createIntersector: () => undefined, createDeduplicator: () => undefined }));

// Published schemas arrive as JSON; JSONSchema7's type does not list Yilin's x- keywords.
const schema = {
  type: 'object',
  required: ['idNumber', 'amount'],
  properties: {
    idNumber: { type: 'string', format: 'cn-resident-id' },
    creditCode: { type: 'string', format: 'cn-credit-code' },
    mobile: { type: 'string', format: 'cn-mobile' },
    email: { type: 'string', format: 'email' },
    startsOn: { type: 'string', format: 'date' },
    amount: { type: 'integer', minimum: 0, 'x-amount-fen': true },
    ratio: { type: 'number', multipleOf: 0.01 },
  },
} as RJSFSchema;

const samples: Record<string, unknown>[] = [
  { idNumber: '11010519491231002X', amount: 0 },
  { idNumber: '11010519491231002x', amount: 100, creditCode: '91350100M000100Y43', mobile: '13800138000' },
  { idNumber: '110105194912310021', amount: 100 },
  { idNumber: '11010519491231002X', amount: -1 },
  { idNumber: '11010519491231002X', amount: 1.5 },
  { idNumber: '11010519491231002X', amount: 9007199254740992 },
  { idNumber: '11010519491231002X', amount: 1, creditCode: '91350100M000100Y44' },
  { idNumber: '11010519491231002X', amount: 1, mobile: '+8613800138000' },
  { idNumber: '11010519491231002X', amount: 1, email: 'not-an-email', startsOn: '2025-02-29' },
  { idNumber: '11010519491231002X', amount: 1, startsOn: '2024-02-29', ratio: 0.07 },
  { amount: 1 },
];

describe('RJSF_VALIDATOR_OPTIONS', () => {
  const rjsf = customizeValidator(RJSF_VALIDATOR_OPTIONS, localizeErrors('zh-CN'));

  it.each(samples.map((sample) => [JSON.stringify(sample), sample]))('makes rjsf agree with the engine on %s', (_, sample) => {
    const engineValid = validateData(schema, sample).length === 0;
    expect(rjsf.isValid(schema, sample, schema)).toBe(engineValid);
    expect(rjsf.validateFormData(sample, schema).errors.length === 0).toBe(engineValid);
  });

  it('shows the engine’s Chinese messages in the form', () => {
    const { errors } = rjsf.validateFormData({ idNumber: '110105194912310021', amount: -1 }, schema);
    expect(errors.map((error) => error.message)).toEqual(
      expect.arrayContaining(['请输入有效的18位居民身份证号码', '请填写金额（元），最多两位小数，例如 1234.56']),
    );
  });

  it('only hands rjsf plain string predicates as formats', () => {
    for (const format of Object.values(RJSF_VALIDATOR_OPTIONS.customFormats)) expect(typeof format).toBe('function');
  });
});
