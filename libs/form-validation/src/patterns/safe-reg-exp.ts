import type { RegExpEngine } from 'ajv/dist/types';

import { patternHazard } from './safe-pattern.util';

/** Thrown when AJV is asked to compile a pattern {@link patternHazard} refuses. */
export class UnsafePatternError extends Error {
  readonly code = 'UNSAFE_PATTERN';

  constructor(readonly pattern: string) {
    super(`The pattern "${pattern.slice(0, 80)}" could take exponential time to match and is not run`);
    this.name = 'UnsafePatternError';
  }
}

/**
 * AJV's `code.regExp` engine: every `pattern` and `patternProperties` key a schema brings is compiled through
 * here, so a catastrophic pattern already stored in a form (published before patterns were checked, or written
 * straight into the database) fails at compile time instead of at the first submission that triggers it.
 */
export const safeRegExp: RegExpEngine = Object.assign(
  (pattern: string, flags: string): RegExp => {
    if (patternHazard(pattern)) throw new UnsafePatternError(pattern);
    return new RegExp(pattern, flags);
  },
  // `code` only matters to AJV's standalone output, which Yilin does not use.
  { code: 'new RegExp' },
);
