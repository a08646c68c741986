import Ajv from 'ajv';

import { safeRegExp, UnsafePatternError } from './safe-reg-exp';

describe('safeRegExp', () => {
  it('compiles safe patterns with the flags AJV asks for', () => {
    const regExp = safeRegExp('^[a-z]+$', 'u') as RegExp;
    expect(regExp.flags).toBe('u');
    expect(regExp.test('abc')).toBe(true);
  });

  it('refuses a catastrophic pattern, so AJV cannot compile a schema carrying one', () => {
    expect(() => safeRegExp('^(a+)+$', 'u')).toThrow(UnsafePatternError);
    const ajv = new Ajv({ code: { regExp: safeRegExp } });
    expect(() => ajv.compile({ type: 'string', pattern: '^(a+)+$' })).toThrow(/exponential/);
    expect(() => ajv.compile({ type: 'object', patternProperties: { '^(a*)*$': { type: 'string' } } })).toThrow(/exponential/);
  });
});
