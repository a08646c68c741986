import { isCreditCode } from '@yilin/form-validation';

import { newRegistrationNo } from './registration-number.util';

describe('registration numbers', () => {
  it('are valid unified social credit codes of a Wuhou District enterprise', () => {
    for (let i = 0; i < 500; i += 1) {
      const code = newRegistrationNo();
      expect(code).toHaveLength(18);
      expect(code.startsWith('91510107')).toBe(true);
      expect(isCreditCode(code)).toBe(true);
    }
  });

  it('differ from one another', () => {
    expect(new Set(Array.from({ length: 1000 }, () => newRegistrationNo())).size).toBe(1000);
  });
});
