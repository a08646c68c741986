import type { InstanceDto } from '@yilin/contracts';

import { useSession } from '@web/auth/session';
import { useI18n } from '@web/i18n/i18n';

import { minutesOf, quorumProgress } from './quorum-progress.util';

/** The council vote so far: who took part against the quorum, and how they voted. */
export function QuorumPanel({ instance }: { instance: InstanceDto }) {
  const { t } = useI18n();
  const { user } = useSession();
  const minutes = minutesOf(instance.context);
  if (!minutes) return null;
  const p = quorumProgress(minutes, user?.id ?? '');
  const share = p.councilSize ? Math.min(100, (100 * p.voted) / p.councilSize) : 0;
  const need = p.councilSize ? (100 * p.required) / p.councilSize : 0;
  return (
    <section className="card quorum" data-testid="quorum">
      <h3>{t('council.progress')}</h3>
      <div className="progress" aria-label={t('council.progress')}>
        <div className="progress-fill" style={{ width: `${share}%` }} />
        <div className="progress-mark" style={{ left: `${need}%` }} title={t('council.quorum')} />
      </div>
      <p>
        {t('council.voted')} {p.voted}/{p.councilSize} · {t('council.quorum')} {p.required}
        {p.quorumReached ? ` ✓ ${t('council.reached')}` : ''}
      </p>
      <p className="muted">
        {t('council.approve')} {p.approve} · {t('council.reject')} {p.reject} · {t('council.abstain')} {p.abstain} ·{' '}
        {t('council.recused')} {p.recused}
      </p>
      {p.myChoice && (
        <p>
          {t('council.mine')}: <strong>{t(`council.${p.myChoice}`)}</strong>
        </p>
      )}
    </section>
  );
}
