/**
 * Tracking codes the public reads aloud and types: 12 characters from an alphabet without 0/O and 1/I,
 * 60 bits, written in groups of four (`7QK2-M9XR-4HTD`).
 */
export const TRACKING_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const TRACKING_CODE_LENGTH = 12;

const CANONICAL = new RegExp(`^[${TRACKING_CODE_ALPHABET}]{${TRACKING_CODE_LENGTH}}$`);

/** The canonical form of what someone typed: upper case, without spaces or dashes; null when it cannot be a code. */
export function normaliseTrackingCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  return CANONICAL.test(code) ? code : null;
}

export function formatTrackingCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** A code from 12 values in 0..31, one per character. */
export function trackingCodeOf(values: ArrayLike<number>): string {
  let code = '';
  for (let i = 0; i < TRACKING_CODE_LENGTH; i += 1) code += TRACKING_CODE_ALPHABET[values[i] & 31];
  return code;
}

/**
 * The code of a review the engine raised itself (risk rules), derived from its id so the machine stays pure.
 * The id's random part is hashed (two seeded 32-bit FNV-1a passes), so neighbouring ids give unrelated codes.
 */
export function trackingCodeFromId(instanceId: string): string {
  const hash = (seed: number) => {
    let h = 0x811c9dc5 ^ seed;
    for (let i = 0; i < instanceId.length; i += 1) {
      h ^= instanceId.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    return h >>> 0;
  };
  const high = hash(0x5bd1e995);
  const low = hash(0x27d4eb2f);
  const values = Array.from({ length: TRACKING_CODE_LENGTH }, (_, i) =>
    i < 6 ? (high >>> (i * 5)) & 31 : (low >>> ((i - 6) * 5)) & 31,
  );
  return trackingCodeOf(values);
}
