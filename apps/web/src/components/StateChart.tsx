import { useMemo } from 'react';

import type { WorkflowGraphDto } from '@yilin/contracts';

import { useI18n } from '@web/i18n/i18n';

import { countsByPath, isOnPath, layoutStatechart, NODE_HEIGHT, NODE_WIDTH } from './statechart-layout.util';
import { stateTitleOf } from './state-title.util';

/** The workflow's statechart from its graph, with counts per state and the current place highlighted. */
export function StateChart({
  workflow,
  stats,
  current,
}: {
  workflow: WorkflowGraphDto;
  stats?: Array<{ state: string; count: number }>;
  current?: string;
}) {
  const { local, t } = useI18n();
  const layout = useMemo(() => layoutStatechart(workflow.graph), [workflow]);
  const counts = useMemo(
    () => (stats ? countsByPath(layout.nodes.map((n) => n.path), stats) : null),
    [layout, stats],
  );
  const title = (path: string) => local(stateTitleOf(workflow, path));
  const finals = new Set(workflow.states.filter((s) => s.final).map((s) => s.path));
  return (
    <div className="chart-scroll">
      <svg
        className="statechart"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label={t('console.chart')}
      >
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#9aa3ad" />
          </marker>
        </defs>
        {layout.edges.map((edge) => {
          const x1 = edge.from.x + NODE_WIDTH;
          const y1 = edge.from.y + NODE_HEIGHT / 2;
          const backwards = edge.to.layer <= edge.from.layer;
          const x2 = backwards ? edge.to.x + NODE_WIDTH / 2 : edge.to.x;
          const y2 = backwards ? edge.to.y + NODE_HEIGHT : edge.to.y + NODE_HEIGHT / 2;
          const mid = (x1 + x2) / 2;
          return (
            <path
              key={`${edge.from.path}>${edge.to.path}`}
              d={backwards ? `M ${x1} ${y1} C ${x1 + 40} ${y1 + 60}, ${x2} ${y2 + 40}, ${x2} ${y2}` : `M ${x1} ${y1} C ${mid} ${y1}, ${mid} ${y2}, ${x2} ${y2}`}
              className="chart-edge"
              markerEnd="url(#arrow)"
            >
              <title>{edge.events.join(', ')}</title>
            </path>
          );
        })}
        {layout.nodes.map((node) => {
          const count = counts?.get(node.path) ?? 0;
          const here = current !== undefined && isOnPath(node.path, current);
          return (
            <g
              key={node.path}
              transform={`translate(${node.x} ${node.y})`}
              className={`chart-node${here ? ' current' : ''}${finals.has(node.path) ? ' final' : ''}${count ? ' busy' : ''}`}
              data-state={node.path}
            >
              <rect width={NODE_WIDTH} height={NODE_HEIGHT} rx={8} />
              <text x={10} y={NODE_HEIGHT / 2 + 5}>
                {truncate(title(node.path), 9)}
              </text>
              {counts && (
                <text x={NODE_WIDTH - 10} y={NODE_HEIGHT / 2 + 5} textAnchor="end" className="chart-count">
                  {count}
                </text>
              )}
              <title>{`${title(node.path)}${counts ? `: ${count}` : ''}`}</title>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
