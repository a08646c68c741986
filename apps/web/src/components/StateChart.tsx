import { type KeyboardEvent, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';

import type { WorkflowGraphDto } from '@yilin/contracts';

import { useI18n } from '@web/i18n/i18n';

import { type ChartBox, type ElkChart, HEADER_HEIGHT, layoutWithElk } from './statechart-elk.util';
import { countsByPath, isOnPath } from './statechart-layout.util';
import { stateTitleOf } from './state-title.util';

const COUNT_WIDTH = 28;

/**
 * Every state of the workflow laid out by ELK: nested states inside their parents, parallel regions side by
 * side, live counts per state and the current place highlighted. Wide charts scroll inside their card (and
 * say so) or shrink to fit; a state can be chosen to list what is in it.
 */
export function StateChart({
  workflow,
  stats,
  current,
  selected,
  onSelect,
}: {
  workflow: WorkflowGraphDto;
  stats?: Array<{ state: string; count: number }>;
  current?: string;
  selected?: string | null;
  onSelect?(path: string): void;
}) {
  const { local, t } = useI18n();
  const [chart, setChart] = useState<ElkChart | null>(null);
  const [failed, setFailed] = useState(false);
  const [fit, setFit] = useState(false);
  const [scrolls, setScrolls] = useState(false);
  const frame = useRef<HTMLDivElement>(null);
  const title = (path: string) => local(stateTitleOf(workflow, path));
  // Counts widen the boxes; their values do not move the layout.
  const countWidth = stats ? COUNT_WIDTH : 0;

  useEffect(() => {
    let live = true;
    setFailed(false);
    layoutWithElk(workflow.graph, (path) => local(stateTitleOf(workflow, path)), countWidth)
      .then((laid) => live && setChart(laid))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [workflow, local, countWidth]);
  useLayoutEffect(() => {
    const measure = () => setScrolls(Boolean(frame.current && chart && chart.width > frame.current.clientWidth + 1));
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [chart]);

  const counts = useMemo(
    () => (stats ? countsByPath(workflow.graph.nodes.map((node) => node.path), stats) : null),
    [workflow, stats],
  );
  if (failed) return <p className="muted">{t('console.chartFailed')}</p>;
  if (!chart) return <p className="muted" aria-busy="true">{t('common.loading')}</p>;

  const choose = (path: string) => onSelect?.(path);
  const keyed = (path: string) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    choose(path);
  };
  const box = (b: ChartBox) => {
    if (b.kind === 'initial') {
      return <circle key={b.path} cx={b.x + b.width / 2} cy={b.y + b.height / 2} r={b.width / 2} className="chart-initial" />;
    }
    const count = counts?.get(b.path) ?? 0;
    const here = current !== undefined && isOnPath(b.path, current);
    const leaf = b.kind === 'atomic' || b.kind === 'final';
    const name = title(b.path);
    const label = `${name}${counts ? `：${count}` : ''}`;
    const classes = ['chart-node', `kind-${b.kind}`, here ? 'current' : '', count && leaf ? 'busy' : '', selected === b.path ? 'selected' : ''];
    const interactive = Boolean(onSelect);
    return (
      <g
        key={b.path}
        transform={`translate(${b.x} ${b.y})`}
        className={classes.filter(Boolean).join(' ')}
        data-state={b.path}
        {...(interactive
          ? { role: 'button', tabIndex: 0, 'aria-label': label, 'aria-pressed': selected === b.path, onClick: () => choose(b.path), onKeyDown: keyed(b.path) }
          : {})}
      >
        <rect width={b.width} height={b.height} rx={b.kind === 'region' ? 4 : 8} />
        {b.kind === 'final' && <rect x={3} y={3} width={b.width - 6} height={b.height - 6} rx={6} className="chart-final-inner" />}
        <text x={10} y={leaf ? b.height / 2 + 5 : HEADER_HEIGHT / 2 + 6} className={leaf ? undefined : 'chart-header'}>
          {name}
        </text>
        {counts && (
          <text x={b.width - 10} y={leaf ? b.height / 2 + 5 : HEADER_HEIGHT / 2 + 6} textAnchor="end" className="chart-count">
            {count}
          </text>
        )}
        <title>{label}</title>
      </g>
    );
  };

  return (
    <div className="statechart-frame">
      <div className="statechart-tools">
        {scrolls && !fit && <span className="muted small" data-testid="chart-scroll-hint">{t('console.chartScrolls')}</span>}
        {(scrolls || fit) && (
          <button type="button" className="secondary small" aria-pressed={fit} onClick={() => setFit(!fit)}>
            {fit ? t('console.chartActualSize') : t('console.chartFit')}
          </button>
        )}
      </div>
      <div ref={frame} className={`chart-scroll statechart-scroll${scrolls && !fit ? ' scrolls' : ''}`} tabIndex={scrolls && !fit ? 0 : undefined} aria-label={scrolls && !fit ? t('console.chartScrolls') : undefined} role={scrolls && !fit ? 'region' : undefined}>
        <svg
          className="statechart"
          width={fit ? '100%' : chart.width}
          height={fit ? undefined : chart.height}
          viewBox={`0 0 ${chart.width} ${chart.height}`}
          role="group"
          aria-label={`${t('console.chart')}：${local(workflow.title)}`}
          data-testid="statechart"
        >
          <defs>
            <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#7b8590" />
            </marker>
          </defs>
          {chart.boxes.filter((b) => b.kind !== 'atomic' && b.kind !== 'final').map(box)}
          {chart.lines.map((line) => (
            <polyline key={line.id} points={line.points.map((p) => `${p.x},${p.y}`).join(' ')} className="chart-edge" markerEnd="url(#arrow)">
              {line.events.length > 0 && <title>{line.events.join(', ')}</title>}
            </polyline>
          ))}
          {chart.boxes.filter((b) => b.kind === 'atomic' || b.kind === 'final').map(box)}
        </svg>
      </div>
    </div>
  );
}
