import { useI18n } from '@web/i18n/i18n';

import type { WeekThroughput } from './throughput.util';

const COLUMN = 14;
const GAP = 10;
const HEIGHT = 140;

/** Started and finished per week as paired columns, with the numbers written on them. */
export function ThroughputChart({ weeks }: { weeks: WeekThroughput[] }) {
  const { t } = useI18n();
  if (!weeks.length) return <p className="muted">{t('charts.noHistory')}</p>;
  const max = Math.max(1, ...weeks.flatMap((week) => [week.started, week.finished]));
  const width = weeks.length * (2 * COLUMN + GAP * 2) + 16;
  const bar = (value: number) => (value ? Math.max(2, ((HEIGHT - 40) * value) / max) : 0);
  return (
    <figure className="throughput">
      <div className="chart-scroll">
        <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={t('charts.throughput')}>
          <title>
            {weeks.map((week) => `${week.week}: ${t('charts.started')} ${week.started}, ${t('charts.finished')} ${week.finished}`).join('; ')}
          </title>
          {weeks.map((week, index) => {
            const x = 8 + index * (2 * COLUMN + GAP * 2);
            const base = HEIGHT - 22;
            return (
              <g key={week.week}>
                <rect x={x} y={base - bar(week.started)} width={COLUMN} height={bar(week.started)} className="started" />
                <rect x={x + COLUMN + 2} y={base - bar(week.finished)} width={COLUMN} height={bar(week.finished)} className="finished" />
                <text x={x + COLUMN / 2} y={base - bar(week.started) - 4} textAnchor="middle">{week.started}</text>
                <text x={x + COLUMN * 1.5 + 2} y={base - bar(week.finished) - 4} textAnchor="middle">{week.finished}</text>
                <text x={x + COLUMN} y={HEIGHT - 6} textAnchor="middle" className="week">{week.week.slice(5)}</text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="legend">
        <span className="swatch started" /> {t('charts.started')} <span className="swatch finished" /> {t('charts.finished')}
      </figcaption>
    </figure>
  );
}
