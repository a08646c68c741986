import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

let lastTime = -1;
let lastRandom: number[] = [];

/**
 * A ULID: 26 characters, sortable by creation time, so ids double as stable pagination cursors.
 * Monotonic within a process: ids made in the same millisecond still sort in creation order.
 */
export function ulid(now: number = Date.now()): string {
  const time = Math.max(now, lastTime);
  if (time === lastTime) {
    lastRandom = increment(lastRandom);
  } else {
    lastTime = time;
    const bytes = randomBytes(16);
    // The top digit stays below 16 so increments within a millisecond never overflow.
    lastRandom = Array.from(bytes, (byte, i) => (i === 0 ? byte % 16 : byte % 32));
  }
  let encodedTime = '';
  let t = time;
  for (let i = 0; i < 10; i++) {
    encodedTime = ALPHABET[t % 32] + encodedTime;
    t = Math.floor(t / 32);
  }
  return encodedTime + lastRandom.map((digit) => ALPHABET[digit]).join('');
}

function increment(digits: number[]): number[] {
  const next = [...digits];
  for (let i = next.length - 1; i >= 0; i--) {
    if (next[i] < 31) {
      next[i] += 1;
      return next;
    }
    next[i] = 0;
  }
  return next;
}
