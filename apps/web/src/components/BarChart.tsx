import { barChartLayout } from './bar-chart-layout.util';

/** A horizontal bar chart as inline SVG: one bar per row, labelled, with its value; it shrinks on phones. */
export function BarChart({
  rows,
  label,
  format = String,
}: {
  rows: Array<{ label: string; value: number }>;
  label: string;
  format?: (value: number) => string;
}) {
  const max = Math.max(1, ...rows.map((row) => row.value));
  const values = rows.map((row) => format(row.value));
  const layout = barChartLayout(rows.map((row) => row.label), values);
  const barHeight = 22;
  const height = rows.length * (barHeight + 8) + 8;
  return (
    <div className="chart-scroll">
      <svg className="bar-chart" width={layout.width} height={height} viewBox={`0 0 ${layout.width} ${height}`} role="img" aria-label={label}>
        {rows.map((row, index) => {
          const y = 8 + index * (barHeight + 8);
          const w = (layout.barArea * row.value) / max;
          return (
            <g key={row.label}>
              <text x={layout.labelWidth - 8} y={y + barHeight / 2 + 5} textAnchor="end">
                <title>{row.label}</title>
                {layout.labels[index]}
              </text>
              <rect x={layout.labelWidth} y={y} width={Math.max(w, row.value ? 2 : 0)} height={barHeight} rx={4} />
              <text x={layout.labelWidth + w + 6} y={y + barHeight / 2 + 5} className="bar-value">
                {values[index]}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
