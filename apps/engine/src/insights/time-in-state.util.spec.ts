import { describe, expect, it } from '@jest/globals';

import { type StateEntry, timeInState } from './time-in-state.util';

const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.UTC(2025, 0, 1) + hours * HOUR);
const entry = (instanceId: string, revision: number, toState: string, hours: number): StateEntry => ({
  instanceId,
  revision,
  toState,
  at: at(hours),
});

describe('time in state', () => {
  it('measures each stay from entering a state to leaving it, averaged over instances', () => {
    const result = timeInState([
      entry('a', 1, 'submitted', 0),
      entry('a', 2, 'screening', 2),
      entry('a', 3, 'review', 12),
      entry('b', 1, 'submitted', 0),
      entry('b', 2, 'screening', 4),
      entry('b', 3, 'rejected', 10),
    ]);
    expect(result).toEqual([
      { state: 'screening', visits: 2, averageMs: 8 * HOUR, longestMs: 10 * HOUR },
      { state: 'submitted', visits: 2, averageMs: 3 * HOUR, longestMs: 4 * HOUR },
    ]);
  });

  it('keeps the clock running through entries that stay in the same state, whatever order they arrive in', () => {
    const result = timeInState([entry('a', 3, 'decision', 9), entry('a', 2, 'review', 5), entry('a', 1, 'review', 1)]);
    expect(result).toEqual([{ state: 'review', visits: 1, averageMs: 8 * HOUR, longestMs: 8 * HOUR }]);
  });

  it('counts a state entered twice as two stays and leaves out the current, unfinished one', () => {
    const result = timeInState([
      entry('a', 1, 'screening', 0),
      entry('a', 2, 'changes', 1),
      entry('a', 3, 'screening', 25),
      entry('a', 4, 'review', 28),
    ]);
    expect(result).toEqual([
      { state: 'changes', visits: 1, averageMs: 24 * HOUR, longestMs: 24 * HOUR },
      { state: 'screening', visits: 2, averageMs: 2 * HOUR, longestMs: 3 * HOUR },
    ]);
    expect(timeInState([])).toEqual([]);
  });
});
