import { describe, expect, it } from '@jest/globals';

import { elkGraphOf, layoutWithElk } from './statechart-elk.util';

const node = (path: string, parent: string | null, type = 'atomic', initial = false) => ({ id: `m.${path}`, path, parent, type, initial });
const edge = (source: string, target: string, event: string) => ({ source, target, event, guarded: false });

// A compound decision, a parallel follow-up with two regions, and a final state.
const graph = {
  nodes: [
    node('draft', null, 'atomic', true),
    node('decision', null, 'compound'),
    node('decision.council', 'decision', 'atomic', true),
    node('decision.director', 'decision'),
    node('running', null, 'parallel'),
    node('running.money', 'running', 'compound'),
    node('running.money.paid', 'running.money', 'atomic', true),
    node('running.reports', 'running', 'compound'),
    node('running.reports.due', 'running.reports', 'atomic', true),
    node('closed', null, 'final'),
  ],
  edges: [
    edge('draft', 'decision', 'SUBMIT'),
    edge('decision.council', 'decision.director', 'ROUTE'),
    edge('decision.council', 'running', 'VOTE'),
    edge('decision.director', 'running', 'APPROVE'),
    edge('decision.director', 'running', 'APPROVE_FAST'),
    edge('running', 'closed', 'CLOSE'),
    edge('draft', 'draft', 'SAVE'),
  ],
};

describe('the statechart as an ELK graph', () => {
  const elk = elkGraphOf(graph, (path) => path);

  it('nests every state in its parent and marks initial states, never a parallel state’s regions', () => {
    const ids = (nodes = elk.children) => (nodes ?? []).map((n) => n.id);
    expect(ids()).toEqual(['__initial:', 'draft', 'decision', 'running', 'closed']);
    const decision = elk.children!.find((n) => n.id === 'decision')!;
    expect(ids(decision.children)).toEqual(['__initial:decision', 'decision.council', 'decision.director']);
    const running = elk.children!.find((n) => n.id === 'running')!;
    expect(ids(running.children)).toEqual(['running.money', 'running.reports']);
  });

  it('draws one edge per pair of states with their events, without self loops', () => {
    const edges = elk.edges as unknown as Array<{ id: string; events: string[] }>;
    expect(edges.find((e) => e.id === 'decision.director>running')?.events).toEqual(['APPROVE', 'APPROVE_FAST']);
    expect(edges.some((e) => e.id === 'draft>draft')).toBe(false);
  });

  it('lays out every state inside its parent’s box, in one coordinate system', async () => {
    const chart = await layoutWithElk(graph, (path) => path);
    const box = (path: string) => chart.boxes.find((b) => b.path === path)!;
    expect(chart.boxes.filter((b) => b.kind !== 'initial')).toHaveLength(graph.nodes.length);
    expect(box('running').kind).toBe('parallel');
    expect(box('running.money').kind).toBe('region');
    for (const [inner, outer] of [['decision.council', 'decision'], ['running.reports.due', 'running.reports'], ['running.reports', 'running']]) {
      expect(box(inner).x).toBeGreaterThanOrEqual(box(outer).x);
      expect(box(inner).y).toBeGreaterThanOrEqual(box(outer).y);
      expect(box(inner).x + box(inner).width).toBeLessThanOrEqual(box(outer).x + box(outer).width);
    }
    for (const b of chart.boxes) expect(b.x + b.width).toBeLessThanOrEqual(chart.width);
    expect(chart.lines.every((line) => line.points.length >= 2)).toBe(true);
  });
});
