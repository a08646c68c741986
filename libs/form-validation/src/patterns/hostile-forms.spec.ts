import type { FieldIssue } from '@yilin/contracts';

import { createAjv } from '../ajv/create-ajv';
import { checkSchema } from '../schema-check/check-schema';
import { SCHEMA_LIMITS } from '../schema-check/schema-limits.const';
import { FormValidatorCache } from '../validation/form-validator-cache';
import { MAX_SUBMISSION_VALUES } from '../validation/submission-limits';

// The hostile cases this guards against took 1.5–3 s.
const LOOP_BUDGET_MS = 50;

// CPU time, not wall time: how long the work holds the loop, whatever else competes for the machine's cores.
function elapsedMs(work: () => unknown): number {
  const started = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
}

function fastest(work: () => unknown, runs = 5): number {
  return Math.min(...Array.from({ length: runs }, () => elapsedMs(work)));
}

const options = (count: number) => Array.from({ length: count }, (_, i) => `option-${i}`);

describe('hostile forms cannot hold the event loop', () => {
  it('refuses ^(a+)+$ at the check, and a stored one never runs on "aaa…a!"', () => {
    const schema = { type: 'object', properties: { code: { type: 'string', pattern: '^(a+)+$' } } };
    expect(checkSchema(schema)).toEqual([
      expect.objectContaining({ path: '/properties/code/pattern', keyword: 'pattern' }),
    ]);
    const cache = new FormValidatorCache();
    const took = fastest(() =>
      expect(() => cache.validate('evil@1', schema, { code: `${'a'.repeat(27)}!` })).toThrow(/pattern/),
    );
    expect(took).toBeLessThan(LOOP_BUDGET_MS);
    expect(() => createAjv().compile(schema)).toThrow(/exponential/);
  });

  it('refuses a 10,000-value enum quickly', () => {
    const schema = { type: 'object', properties: { pick: { type: 'string', enum: options(10_000) } } };
    let keywords: string[] = [];
    expect(fastest(() => (keywords = checkSchema(schema).map((issue) => issue.keyword)))).toBeLessThan(LOOP_BUDGET_MS);
    expect(keywords).toEqual(['maxEnumValues']);
  });

  describe('against a form with the largest allowed enum and a safe pattern', () => {
    const schema = {
      type: 'object',
      properties: {
        rows: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              pick: { type: 'string', enum: options(SCHEMA_LIMITS.maxEnumValues) },
              code: { type: 'string', pattern: '^[a-z]+$' },
            },
          },
        },
      },
    };
    const cache = new FormValidatorCache();
    const rows = (count: number, row: () => object) => ({ rows: Array.from({ length: count }, row) });
    // Each row holds three values: the row itself, `pick` and `code`.
    const largestAllowed = Math.floor((MAX_SUBMISSION_VALUES - 1) / 3);

    beforeAll(() => {
      expect(checkSchema(schema)).toEqual([]);
      cache.get('rows@1', schema);
    });

    it('refuses a 20,000-item submission with one issue, quickly', () => {
      const data = rows(20_000, () => ({ pick: 'option-0', code: 'abc' }));
      let issues: FieldIssue[] = [];
      expect(fastest(() => (issues = cache.validate('rows@1', schema, data)))).toBeLessThan(LOOP_BUDGET_MS);
      expect(issues).toEqual([expect.objectContaining({ path: '', keyword: 'maxValues' })]);
    });

    it('validates the largest allowed submission quickly, valid or wrong everywhere', () => {
      const valid = rows(largestAllowed, () => ({ pick: `option-${SCHEMA_LIMITS.maxEnumValues - 1}`, code: 'abc' }));
      const wrong = rows(largestAllowed, () => ({ pick: 'nope', code: `${'a'.repeat(27)}!` }));
      expect(fastest(() => expect(cache.validate('rows@1', schema, valid)).toEqual([]))).toBeLessThan(LOOP_BUDGET_MS);
      let issues: FieldIssue[] = [];
      expect(fastest(() => (issues = cache.validate('rows@1', schema, wrong)))).toBeLessThan(LOOP_BUDGET_MS);
      expect(issues).toHaveLength(largestAllowed * 2);
    });
  });
});
