import safeRegex from 'safe-regex2';

/** Longest `pattern` (in characters) a form may carry. */
export const MAX_PATTERN_LENGTH = 500;

/** Why a pattern is refused, or `undefined` when it is safe to run on anything a person types. */
export type PatternHazard = 'tooLong' | 'invalid' | 'backtracking';

/**
 * Whether a form's `pattern` (or `patternProperties` key) could hold the event loop. Refused: patterns longer
 * than {@link MAX_PATTERN_LENGTH}, patterns JavaScript cannot compile with the `u` flag AJV uses, and patterns
 * safe-regex2 rejects (nested quantifiers such as `^(a+)+$`, or more than 25 repetitions), whose matching time
 * can grow exponentially with the input. Runs unchanged in the browser and in Node.
 */
export function patternHazard(pattern: string): PatternHazard | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return 'tooLong';
  try {
    new RegExp(pattern, 'u');
  } catch {
    return 'invalid';
  }
  // Backreferences are outside what safe-regex2 reasons about and can backtrack as badly as nesting.
  if (/\\[1-9]|\\k</.test(pattern) || !safeRegex(pattern)) return 'backtracking';
  return undefined;
}
