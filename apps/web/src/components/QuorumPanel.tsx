import type { GrantCouncilView } from '@yilin/contracts';

import { useI18n } from '@web/i18n/i18n';

import { personLabel } from './person.util';
import { isVoteChoice } from './vote-choice.util';

/** The council vote so far: who took part against the quorum, the tally, and each vote for those who may read it. */
export function QuorumPanel({ council }: { council: GrantCouncilView | null }) {
  const { t } = useI18n();
  if (!council) return null;
  const share = council.councilSize ? Math.min(100, (100 * council.voted) / council.councilSize) : 0;
  const need = council.councilSize ? (100 * council.quorumRequired) / council.councilSize : 0;
  return (
    <section className="card quorum" data-testid="quorum">
      <h3>{t('council.progress')}</h3>
      <div className="progress" aria-label={t('council.progress')}>
        <div className="progress-fill" style={{ width: `${share}%` }} />
        <div className="progress-mark" style={{ left: `${need}%` }} title={t('council.quorum')} />
      </div>
      <p>
        {t('council.voted')} {council.voted}/{council.councilSize} · {t('council.quorum')} {council.quorumRequired}
        {council.quorumReached ? ` ✓ ${t('council.reached')}` : ''}
      </p>
      <p className="muted">
        {t('council.approve')} {council.approve} · {t('council.reject')} {council.reject} · {t('council.abstain')} {council.abstain} ·{' '}
        {t('council.recused')} {council.recused}
      </p>
      {council.myChoice && (
        <p>
          {t('council.mine')}: <strong>{t(`council.${council.myChoice}`)}</strong>
        </p>
      )}
      {council.votes && council.votes.length > 0 && (
        <ul className="data-list" data-testid="council-votes">
          {council.votes.map((vote, index) => {
            const choice = vote.submitted.values.choice;
            return (
              <li key={index}>
                {personLabel(vote.member, t)}：{isVoteChoice(choice) ? t(`council.${choice}`) : '—'}
                {typeof vote.submitted.values.comment === 'string' && <span className="muted"> · {vote.submitted.values.comment}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
