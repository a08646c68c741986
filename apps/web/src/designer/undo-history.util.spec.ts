import { describe, expect, it } from '@jest/globals';

import { record, redo, startHistory, undo } from './undo-history.util';

describe('undo history', () => {
  it('undoes and redoes steps, and a new edit drops what could be redone', () => {
    let history = startHistory('a');
    history = record(history, 'b', undefined, 0);
    history = record(history, 'c', undefined, 10_000);
    history = undo(history);
    expect(history.present).toBe('b');
    history = redo(history);
    expect(history.present).toBe('c');
    history = undo(undo(history));
    expect(history.present).toBe('a');
    expect(undo(history)).toBe(history);
    history = record(history, 'x', undefined, 20_000);
    expect(history.future).toEqual([]);
    expect(redo(history)).toBe(history);
  });

  it('merges a run of keystrokes on one subject into one step', () => {
    let history = startHistory('');
    history = record(history, 'N', 'label', 0);
    history = record(history, 'Na', 'label', 300);
    history = record(history, 'Nam', 'label', 600);
    history = record(history, 'Name', 'other', 700);
    expect(undo(history).present).toBe('Nam');
    expect(undo(undo(history)).present).toBe('');
  });
});
