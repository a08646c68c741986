import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';

import type { WorkflowGraphDto } from '@yilin/contracts';

type Graph = WorkflowGraphDto['graph'];

export type ChartBoxKind = 'atomic' | 'compound' | 'parallel' | 'region' | 'final' | 'initial';

/** A state drawn as a box, in absolute chart coordinates. */
export interface ChartBox {
  path: string;
  kind: ChartBoxKind;
  x: number;
  y: number;
  width: number;
  height: number;
  depth: number;
}

export interface ChartLine {
  id: string;
  source: string;
  target: string;
  events: string[];
  points: Array<{ x: number; y: number }>;
}

export interface ElkChart {
  boxes: ChartBox[];
  lines: ChartLine[];
  width: number;
  height: number;
}

export const LEAF_HEIGHT = 40;
export const HEADER_HEIGHT = 28;
const INITIAL_SIZE = 12;
const INITIAL_PREFIX = '__initial:';

/** Roughly how wide a label is drawn at 13px: CJK glyphs are square, Latin about half. */
export function labelWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? 13 : 7.2;
  return Math.ceil(width);
}

/** Each state's kind on the chart: a parallel state's children are its regions. */
function kindsOf(graph: Graph): Map<string, ChartBoxKind> {
  const children = new Set(graph.nodes.map((node) => node.parent).filter((parent): parent is string => parent !== null));
  const parallel = new Set(graph.nodes.filter((node) => node.type === 'parallel').map((node) => node.path));
  return new Map(
    graph.nodes.map((node) => {
      if (node.parent !== null && parallel.has(node.parent)) return [node.path, 'region'];
      if (node.type === 'parallel') return [node.path, 'parallel'];
      if (children.has(node.path)) return [node.path, 'compound'];
      return [node.path, node.type === 'final' ? 'final' : 'atomic'];
    }),
  );
}

/**
 * The workflow's every state as an ELK graph: nested states inside their parents (parallel states hold their
 * regions side by side), a small dot marking each initial state, one edge per pair of states whose events are
 * listed on it. Labels size the boxes; `countWidth` leaves room for the live count.
 */
export function elkGraphOf(graph: Graph, titleOf: (path: string) => string, countWidth = 0): ElkNode {
  const kinds = kindsOf(graph);
  const childrenOf = (parent: string | null) => graph.nodes.filter((node) => node.parent === parent);
  const build = (parent: string | null): ElkNode[] => {
    const nodes = childrenOf(parent).map((node): ElkNode => {
      const kind = kinds.get(node.path)!;
      const title = titleOf(node.path);
      if (kind === 'atomic' || kind === 'final') {
        return { id: node.path, width: Math.max(72, labelWidth(title) + 24 + countWidth), height: LEAF_HEIGHT };
      }
      return {
        id: node.path,
        layoutOptions: {
          'elk.padding': `[top=${HEADER_HEIGHT + 8},left=12,bottom=12,right=12]`,
          'elk.nodeSize.constraints': 'MINIMUM_SIZE',
          'elk.nodeSize.minimum': `(${labelWidth(title) + 24 + countWidth}, ${HEADER_HEIGHT + 20})`,
        },
        children: build(node.path),
      };
    });
    const initial = childrenOf(parent).find((node) => node.initial);
    // A parallel state's regions all start at once: no one of them is "the" initial one.
    const parentKind = parent === null ? 'compound' : kinds.get(parent);
    if (initial && parentKind !== 'parallel') nodes.unshift({ id: `${INITIAL_PREFIX}${parent ?? ''}`, width: INITIAL_SIZE, height: INITIAL_SIZE });
    return nodes;
  };
  const pairs = new Map<string, ElkExtendedEdge & { events: string[] }>();
  for (const edge of graph.edges) {
    if (edge.source === edge.target) continue;
    const id = `${edge.source}>${edge.target}`;
    const existing = pairs.get(id);
    if (existing) {
      if (!existing.events.includes(edge.event)) existing.events.push(edge.event);
    } else pairs.set(id, { id, sources: [edge.source], targets: [edge.target], events: [edge.event] });
  }
  const initialEdges = graph.nodes
    .filter((node) => node.initial && (node.parent === null || kinds.get(node.parent) !== 'parallel'))
    .map((node) => ({ id: `${INITIAL_PREFIX}${node.path}`, sources: [`${INITIAL_PREFIX}${node.parent ?? ''}`], targets: [node.path], events: [] }));
  return {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.spacing.nodeNodeBetweenLayers': '36',
      'elk.spacing.nodeNode': '18',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.padding': '[top=8,left=8,bottom=8,right=8]',
      // Every shape and edge in the chart's own coordinates, whatever box holds it.
      'org.eclipse.elk.json.shapeCoords': 'ROOT',
      'org.eclipse.elk.json.edgeCoords': 'ROOT',
    },
    children: build(null),
    edges: [...initialEdges, ...pairs.values()],
  };
}

/** The laid-out ELK graph as flat boxes (outer before inner, so inner draw on top) and lines. */
export function chartFromElk(laid: ElkNode, graph: Graph): ElkChart {
  const kinds = kindsOf(graph);
  const boxes: ChartBox[] = [];
  const walk = (nodes: ElkNode[] | undefined, depth: number) => {
    for (const node of nodes ?? []) {
      boxes.push({
        path: node.id.startsWith(INITIAL_PREFIX) ? node.id : node.id,
        kind: node.id.startsWith(INITIAL_PREFIX) ? 'initial' : (kinds.get(node.id) ?? 'atomic'),
        x: node.x ?? 0,
        y: node.y ?? 0,
        width: node.width ?? 0,
        height: node.height ?? 0,
        depth,
      });
      walk(node.children, depth + 1);
    }
  };
  walk(laid.children, 0);
  const lines = (laid.edges ?? []).map((edge) => {
    const extended = edge as ElkExtendedEdge & { events?: string[] };
    const section = extended.sections?.[0];
    const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
    return { id: edge.id, source: extended.sources[0], target: extended.targets[0], events: extended.events ?? [], points };
  });
  return { boxes, lines, width: Math.ceil(laid.width ?? 0), height: Math.ceil(laid.height ?? 0) };
}

/** Lays the workflow out with ELK (loaded only when a chart is drawn: it is a large script). */
export async function layoutWithElk(graph: Graph, titleOf: (path: string) => string, countWidth = 0): Promise<ElkChart> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const laid = await new ELK().layout(elkGraphOf(graph, titleOf, countWidth));
  return chartFromElk(laid, graph);
}
