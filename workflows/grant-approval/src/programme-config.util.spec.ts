import Ajv from 'ajv';

import { councilConfigSchema, programmeConfigSchema } from './programme-config.schema';
import { councilConfigProblems, programmeConfigProblems, resolveCouncil } from './programme-config.util';
import { programme } from './testing/grant-approval.fixtures';

describe('programme configuration', () => {
  const ajv = new Ajv({ allErrors: true });

  it('accepts a valid programme against the JSON Schema and the cross-field rules', () => {
    expect(ajv.validate(programmeConfigSchema, programme)).toBe(true);
    expect(programmeConfigProblems(programme)).toEqual([]);
  });

  it('refuses fractional amounts and unknown fields in the schema', () => {
    expect(ajv.validate(programmeConfigSchema, { ...programme, maxAmount: 10.5 })).toBe(false);
    expect(ajv.validate(programmeConfigSchema, { ...programme, colour: 'red' })).toBe(false);
    const { reviewAboveAmount: _optional, ...withoutThreshold } = programme;
    expect(ajv.validate(programmeConfigSchema, withoutThreshold)).toBe(true);
  });

  it('names what a schema cannot check', () => {
    expect(
      programmeConfigProblems({
        ...programme,
        trancheSplit: [60, 30],
        smallAmountLimit: programme.maxAmount + 1,
        reportDueDays: { midterm: 200, final: 180 },
      }),
    ).toHaveLength(3);
  });

  it('fills in the council defaults: two thirds take part, more than half approve', () => {
    expect(ajv.validate(councilConfigSchema, { memberIds: ['a'] })).toBe(true);
    expect(resolveCouncil({ memberIds: ['a', 'a', 'b'] })).toEqual({
      memberIds: ['a', 'b'],
      quorum: { numerator: 2, denominator: 3 },
      approvalShareAbove: 0.5,
    });
    expect(councilConfigProblems({ memberIds: [], quorum: { numerator: 4, denominator: 3 } })).toHaveLength(2);
  });
});
