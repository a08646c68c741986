import type { ErrorObject } from 'ajv';

import { toFieldIssues } from './to-field-issues';

function error(keyword: string, instancePath: string, params: Record<string, unknown> = {}): ErrorObject {
  return { keyword, instancePath, params, schemaPath: '#' };
}

describe('toFieldIssues', () => {
  it('moves required, dependencies and additionalProperties errors onto the property they name', () => {
    const issues = toFieldIssues(
      [
        error('required', '/members/0', { missingProperty: 'name' }),
        error('dependencies', '', { property: 'bankName', missingProperty: 'bankAccount' }),
        error('additionalProperties', '/applicant', { additionalProperty: 'nickname' }),
        error('maxLength', '/title', { limit: 10 }),
      ],
      'en',
    );
    expect(issues.map((issue) => issue.path)).toEqual(['/members/0/name', '/bankAccount', '/applicant/nickname', '/title']);
  });

  it('escapes property names that contain / or ~', () => {
    expect(toFieldIssues([error('required', '', { missingProperty: 'a/b~c' })], 'en')[0].path).toBe('/a~1b~0c');
  });

  it('drops the redundant `if` error and duplicates from several branches', () => {
    const issues = toFieldIssues(
      [
        error('required', '', { missingProperty: 'reason' }),
        error('if', '', { failingKeyword: 'then' }),
        error('required', '', { missingProperty: 'reason' }),
      ],
      'en',
    );
    expect(issues).toEqual([{ path: '/reason', keyword: 'required', message: 'is required' }]);
  });

  it('gives nothing for no errors', () => {
    expect(toFieldIssues(null, 'en')).toEqual([]);
  });
});
