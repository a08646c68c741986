import type { ProgrammeConfig, ProgrammeDto, ProgrammeRequest } from '@yilin/contracts';

import type { ProgrammeEntity } from './programme.entity';

export type { CouncilMemberDto, CouncilSettingsDto, CouncilSettingsRequest, ProgrammeDto, ProgrammeRequest } from '@yilin/contracts';

export const toProgrammeDto = (row: ProgrammeEntity): ProgrammeDto => ({
  id: row.id,
  fundId: row.fundId,
  formKey: row.formKey,
  title: { zh: row.titleZh, en: row.titleEn },
  maxAmount: row.maxAmount,
  smallAmountLimit: row.smallAmountLimit,
  trancheSplit: row.trancheSplit,
  reportDueDays: { midterm: row.midtermReportDays, final: row.finalReportDays },
  reminderDaysBeforeDue: row.reminderDays,
  overdueEscalationDays: row.overdueEscalationDays,
  directorSlaHours: row.directorSlaHours,
  reviewersRequired: row.reviewersRequired,
  reviewAboveAmount: row.reviewAboveAmount,
  open: row.open,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** The snapshot a grant starts with: the workflow's own configuration type. */
export function toProgrammeConfig(programme: ProgrammeDto | (ProgrammeRequest & { id: string })): ProgrammeConfig {
  return {
    id: programme.id,
    fundId: programme.fundId,
    title: programme.title.zh,
    maxAmount: programme.maxAmount,
    smallAmountLimit: programme.smallAmountLimit,
    trancheSplit: [...programme.trancheSplit],
    reportDueDays: { ...programme.reportDueDays },
    reminderDaysBeforeDue: programme.reminderDaysBeforeDue,
    overdueEscalationDays: programme.overdueEscalationDays,
    directorSlaHours: programme.directorSlaHours,
    reviewersRequired: programme.reviewersRequired,
    ...(programme.reviewAboveAmount != null ? { reviewAboveAmount: programme.reviewAboveAmount } : {}),
  };
}

