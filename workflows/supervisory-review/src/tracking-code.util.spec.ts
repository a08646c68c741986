import {
  formatTrackingCode,
  normaliseTrackingCode,
  TRACKING_CODE_ALPHABET,
  trackingCodeFromId,
} from './tracking-code.util';

describe('tracking codes', () => {
  it('use 32 characters none of which can be read as another', () => {
    expect(new Set(TRACKING_CODE_ALPHABET).size).toBe(32);
    for (const ambiguous of ['0', 'O', '1', 'I']) expect(TRACKING_CODE_ALPHABET).not.toContain(ambiguous);
  });

  it('accept what people type: lower case, dashes, spaces; refuse anything else', () => {
    expect(normaliseTrackingCode('7qk2-m9xr 4htd')).toBe('7QK2M9XR4HTD');
    expect(normaliseTrackingCode('7QK2M9XR4HT0')).toBeNull();
    expect(normaliseTrackingCode('7QK2M9XR4HT')).toBeNull();
    expect(normaliseTrackingCode('../../etc/passwd')).toBeNull();
    expect(formatTrackingCode('7QK2M9XR4HTD')).toBe('7QK2-M9XR-4HTD');
  });

  it('derive from an instance id deterministically, differently for neighbouring ids', () => {
    const a = trackingCodeFromId('01KB3Q0Z8J6M2N4P5R7S9T0V1W');
    const b = trackingCodeFromId('01KB3Q0Z8J6M2N4P5R7S9T0V1X');
    expect(a).toBe(trackingCodeFromId('01KB3Q0Z8J6M2N4P5R7S9T0V1W'));
    expect(normaliseTrackingCode(a)).toBe(a);
    expect(normaliseTrackingCode(b)).toBe(b);
    const sameAt = [...a].filter((char, i) => char === b[i]).length;
    expect(sameAt).toBeLessThan(6);
  });

  it('spread derived codes without collisions over many ids', () => {
    const codes = new Set(Array.from({ length: 20_000 }, (_, i) => trackingCodeFromId(`01KB3Q0Z8J${String(i).padStart(16, '0')}`)));
    expect(codes.size).toBe(20_000);
  });
});
