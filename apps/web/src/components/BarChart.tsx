/** A horizontal bar chart as inline SVG: one bar per row, labelled, with its value. */
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
  const barHeight = 22;
  const labelWidth = 150;
  const width = 520;
  const height = rows.length * (barHeight + 8) + 8;
  return (
    <div className="chart-scroll">
      <svg className="bar-chart" width="100%" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        {rows.map((row, index) => {
          const y = 8 + index * (barHeight + 8);
          const w = ((width - labelWidth - 50) * row.value) / max;
          return (
            <g key={row.label}>
              <text x={labelWidth - 8} y={y + barHeight / 2 + 5} textAnchor="end">
                {row.label}
              </text>
              <rect x={labelWidth} y={y} width={Math.max(w, row.value ? 2 : 0)} height={barHeight} rx={4} />
              <text x={labelWidth + w + 6} y={y + barHeight / 2 + 5} className="bar-value">
                {format(row.value)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
