import type { WorkflowGraphDto } from '@yilin/contracts';

export interface ChartNode {
  path: string;
  layer: number;
  row: number;
  x: number;
  y: number;
}

export interface ChartEdge {
  from: ChartNode;
  to: ChartNode;
  events: string[];
}

export interface ChartLayout {
  nodes: ChartNode[];
  edges: ChartEdge[];
  width: number;
  height: number;
}

export const NODE_WIDTH = 150;
export const NODE_HEIGHT = 44;
const GAP_X = 56;
const GAP_Y = 20;

type Graph = WorkflowGraphDto['graph'];

/** The top-level state holding `path`: `decision.council.voting` → `decision`. */
export const topLevelOf = (path: string): string => path.split('.')[0];

/**
 * Top-level states in layers by their distance from the initial state (breadth first over transitions,
 * nested transitions lifted to their top-level states). Nested steps are shown by the instance page, not the chart: whole workflows stay readable.
 */
export function layoutStatechart(graph: Graph): ChartLayout {
  const paths = graph.nodes.filter((node) => node.parent === null).map((node) => node.path);
  const initial = graph.nodes.find((node) => node.parent === null && node.initial)?.path ?? paths[0];
  const lifted = new Map<string, { source: string; target: string; events: string[] }>();
  for (const edge of graph.edges) {
    const source = topLevelOf(edge.source);
    const target = topLevelOf(edge.target);
    if (source === target) continue;
    const key = `${source}>${target}`;
    const existing = lifted.get(key);
    if (existing) {
      if (!existing.events.includes(edge.event)) existing.events.push(edge.event);
    } else lifted.set(key, { source, target, events: [edge.event] });
  }
  const layerOf = new Map<string, number>();
  const spread = (from: string, layer: number) => {
    layerOf.set(from, layer);
    const queue = [from];
    while (queue.length) {
      const current = queue.shift()!;
      for (const edge of lifted.values()) {
        if (edge.source !== current || layerOf.has(edge.target)) continue;
        layerOf.set(edge.target, layerOf.get(current)! + 1);
        queue.push(edge.target);
      }
    }
  };
  if (initial !== undefined) spread(initial, 0);
  // States reached only by eventless transitions (e.g. a filing routed at once) start their own chain just
  // after the initial state, in the order the workflow declares them.
  for (const path of paths) if (!layerOf.has(path)) spread(path, 1);
  const rows = new Map<number, number>();
  const nodes: ChartNode[] = paths.map((path) => {
    const layer = layerOf.get(path)!;
    const row = rows.get(layer) ?? 0;
    rows.set(layer, row + 1);
    return { path, layer, row, x: layer * (NODE_WIDTH + GAP_X) + 10, y: row * (NODE_HEIGHT + GAP_Y) + 10 };
  });
  const placed = new Map(nodes.map((node) => [node.path, node]));
  const edges = [...lifted.values()].flatMap(({ source, target, events }) => {
    const from = placed.get(source);
    const to = placed.get(target);
    return from && to ? [{ from, to, events }] : [];
  });
  const layers = Math.max(0, ...nodes.map((node) => node.layer)) + 1;
  const maxRows = Math.max(1, ...rows.values());
  return {
    nodes,
    edges,
    width: layers * (NODE_WIDTH + GAP_X) - GAP_X + 20,
    height: maxRows * (NODE_HEIGHT + GAP_Y) - GAP_Y + 20,
  };
}

/** Whether the box for `path` holds an instance at `current` (itself or one of its descendants). */
export function isOnPath(path: string, current: string): boolean {
  return current === path || current.startsWith(`${path}.`);
}

/** Instances per box: a state counts every instance in its descendants. */
export function countsByPath(paths: string[], stats: Array<{ state: string; count: number }>): Map<string, number> {
  return new Map(
    paths.map((path) => [path, stats.filter((row) => isOnPath(path, row.state)).reduce((sum, row) => sum + row.count, 0)]),
  );
}
