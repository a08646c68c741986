import { useCallback, useEffect, useState } from 'react';

import { record, redo, startHistory, undo, type UndoHistory } from './undo-history.util';

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A value with undo and redo, also on Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (⌘ on a Mac). An edit that changes
 * nothing is no step to undo. */
export function useUndoable<T>(initial: T) {
  const [history, setHistory] = useState<UndoHistory<T>>(() => startHistory(initial));
  const set = useCallback(
    (next: T, subject?: string) => setHistory((current) => (sameJson(current.present, next) ? current : record(current, next, subject))),
    [],
  );
  const back = useCallback(() => setHistory(undo), []);
  const forward = useCallback(() => setHistory(redo), []);
  useEffect(() => {
    const keydown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      // The JSON view is a text editor of its own, with its own undo.
      if ((event.target as Element | null)?.closest?.('[data-own-undo]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) back();
      else if ((key === 'z' && event.shiftKey) || key === 'y') forward();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', keydown);
    return () => document.removeEventListener('keydown', keydown);
  }, [back, forward]);
  return { value: history.present, set, undo: back, redo: forward, canUndo: history.past.length > 0, canRedo: history.future.length > 0 };
}
