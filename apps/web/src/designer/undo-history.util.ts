/** A value with its past and future, for undo and redo. Edits within `mergeMs` of each other on the same
 * subject (typing one label) merge into one step, so undo takes back a word, not a keystroke. */
export interface UndoHistory<T> {
  past: T[];
  present: T;
  future: T[];
  lastSubject?: string;
  lastAt?: number;
}

const LIMIT = 100;

export const startHistory = <T>(present: T): UndoHistory<T> => ({ past: [], present, future: [] });

export function record<T>(history: UndoHistory<T>, next: T, subject?: string, at = Date.now(), mergeMs = 800): UndoHistory<T> {
  if (Object.is(next, history.present)) return history;
  const merges = subject !== undefined && subject === history.lastSubject && history.lastAt !== undefined && at - history.lastAt < mergeMs;
  return {
    past: merges ? history.past : [...history.past, history.present].slice(-LIMIT),
    present: next,
    future: [],
    lastSubject: subject,
    lastAt: at,
  };
}

export function undo<T>(history: UndoHistory<T>): UndoHistory<T> {
  if (!history.past.length) return history;
  return { past: history.past.slice(0, -1), present: history.past[history.past.length - 1], future: [history.present, ...history.future] };
}

export function redo<T>(history: UndoHistory<T>): UndoHistory<T> {
  if (!history.future.length) return history;
  return { past: [...history.past, history.present], present: history.future[0], future: history.future.slice(1) };
}
