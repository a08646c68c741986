import type { PublicOutcomeDto } from '@yilin/contracts';

import { useI18n } from '@web/i18n/i18n';

/** A disclosed finding in words: issue or none, and its risk level. */
export function OutcomeVerdict({ outcome, riskLevel }: Pick<PublicOutcomeDto, 'outcome' | 'riskLevel'>) {
  const { t } = useI18n();
  return (
    <>
      {t(`outcome.${outcome}`)}
      {riskLevel ? ` · ${t(`risk.${riskLevel}`)}` : ''}
    </>
  );
}
