import { describe, expect, it } from '@jest/globals';

import { countsByPath, isOnPath, layoutStatechart } from './statechart-layout.util';

const node = (path: string, parent: string | null, initial = false) => ({ id: `m.${path}`, path, parent, type: 'atomic', initial });
const edge = (source: string, target: string, event: string) => ({ source, target, event, guarded: false });

const graph = {
  nodes: [
    node('draft', null, true),
    node('review', null),
    node('decision', null),
    node('decision.council', 'decision', true),
    node('decision.director', 'decision'),
    node('approved', null),
    node('rejected', null),
    node('orphan', null),
  ],
  edges: [
    edge('draft', 'review', 'SUBMIT'),
    edge('review', 'decision', 'SCORE'),
    edge('decision.council', 'approved', 'VOTE'),
    edge('decision.director', 'approved', 'APPROVE'),
    edge('decision.director', 'rejected', 'DECLINE'),
    edge('decision.council', 'decision.director', 'ROUTE'),
  ],
};

describe('layoutStatechart', () => {
  const layout = layoutStatechart(graph);
  const at = (path: string) => layout.nodes.find((n) => n.path === path)!;

  it('draws top-level states in layers by distance from the initial state', () => {
    expect(layout.nodes.map((n) => n.path)).toEqual(['draft', 'review', 'decision', 'approved', 'rejected', 'orphan']);
    expect([at('draft').layer, at('review').layer, at('decision').layer, at('approved').layer]).toEqual([0, 1, 2, 3]);
    expect(at('rejected')).toMatchObject({ layer: 3, row: 1 });
  });

  it('starts states no transition reaches just after the initial state', () => {
    expect(at('orphan')).toMatchObject({ layer: 1, row: 1 });
  });

  it('lifts nested transitions to their top-level states, merged and without self loops', () => {
    const decisionToApproved = layout.edges.find((e) => e.from.path === 'decision' && e.to.path === 'approved');
    expect(decisionToApproved?.events).toEqual(['VOTE', 'APPROVE']);
    expect(layout.edges.some((e) => e.from === e.to)).toBe(false);
    expect(layout.edges).toHaveLength(4);
  });

  it('sizes the drawing to hold every box', () => {
    for (const n of layout.nodes) {
      expect(n.x + 150).toBeLessThanOrEqual(layout.width);
      expect(n.y + 44).toBeLessThanOrEqual(layout.height);
    }
  });
});

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
  });
});
