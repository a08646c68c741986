import { normaliseTrackingCode, TRACKING_CODE_ALPHABET } from '@yilin/workflow-supervisory-review';

import { newTrackingCode } from './tracking-code.util';

describe('new tracking codes', () => {
  it('are 12 characters of the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = newTrackingCode();
      expect(code).toHaveLength(12);
      expect([...code].every((char) => TRACKING_CODE_ALPHABET.includes(char))).toBe(true);
      expect(normaliseTrackingCode(code)).toBe(code);
    }
  });

  it('do not repeat and use every character', () => {
    const codes = Array.from({ length: 5000 }, () => newTrackingCode());
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(codes.join('')).size).toBe(TRACKING_CODE_ALPHABET.length);
  });
});
