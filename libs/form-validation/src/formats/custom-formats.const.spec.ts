import { CUSTOM_FORMATS } from './custom-formats.const';

describe('CUSTOM_FORMATS', () => {
  it('names each CN format with a plain string predicate', () => {
    expect(Object.keys(CUSTOM_FORMATS).sort()).toEqual(['cn-credit-code', 'cn-mobile', 'cn-resident-id']);
    expect(CUSTOM_FORMATS['cn-resident-id']('11010519491231002X')).toBe(true);
    expect(CUSTOM_FORMATS['cn-credit-code']('91350100M000100Y43')).toBe(true);
    expect(CUSTOM_FORMATS['cn-mobile']('13800138000')).toBe(true);
  });
});
