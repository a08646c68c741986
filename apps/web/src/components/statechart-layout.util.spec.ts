import { describe, expect, it } from '@jest/globals';

import { countsByPath, isOnPath } from './statechart-layout.util';

describe('counts and highlight', () => {
  it('counts a compound state with its descendants, never a namesake prefix', () => {
    const counts = countsByPath(['decision', 'draft'], [
      { state: 'decision.council.voting', count: 2 },
      { state: 'decision.director', count: 1 },
      { state: 'decisionLater', count: 5 },
      { state: 'draft', count: 3 },
    ]);
    expect(counts.get('decision')).toBe(3);
    expect(counts.get('draft')).toBe(3);
    expect(isOnPath('decision', 'decisionLater')).toBe(false);
    expect(isOnPath('suspended.reports', 'suspended.money.held,suspended.reports.due')).toBe(true);
  });
});
