import { useI18n } from '@web/i18n/i18n';

import type { ApprovalRate } from './approval-rate.util';

const WIDTH = 520;
const HEIGHT = 28;

/** One bar split into approved and not approved, with the rate written beside it and each outcome listed. */
export function ApprovalChart({ rate, titleOf }: { rate: ApprovalRate; titleOf: (state: string) => string }) {
  const { t } = useI18n();
  const total = rate.approved + rate.notApproved;
  if (rate.rate === null) return <p className="muted">{t('charts.noFinished')}</p>;
  const approvedWidth = (WIDTH * rate.approved) / total;
  const percent = `${Math.round(rate.rate * 100)}%`;
  return (
    <div className="approval-chart">
      <p>
        <strong className="approval-rate">{percent}</strong>{' '}
        <span className="muted">
          ({rate.approved} / {total})
        </span>
      </p>
      <svg width="100%" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${t('charts.approvalRate')} ${percent}`}>
        <rect x={0} y={0} width={approvedWidth} height={HEIGHT} rx={4} className="share-approved" />
        <rect x={approvedWidth} y={0} width={WIDTH - approvedWidth} height={HEIGHT} rx={4} className="share-not-approved" />
      </svg>
      <ul className="legend">
        {rate.outcomes
          .filter((o) => o.count > 0)
          .map((o) => (
            <li key={o.state}>
              <span className={`swatch ${o.approved ? 'share-approved' : 'share-not-approved'}`} aria-hidden="true" />
              {titleOf(o.state)} {o.count} · {o.approved ? t('charts.approved') : t('charts.notApproved')}
            </li>
          ))}
      </ul>
    </div>
  );
}
