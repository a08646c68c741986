import type { LocalizedText } from '@yilin/contracts';
import type { ProgrammeConfig } from '@yilin/workflow-grant-approval';

import type { ProgrammeEntity } from './programme.entity';

/** A programme as admins edit it; amounts in integer fen. */
export interface ProgrammeRequest {
  fundId: string;
  formKey: string;
  title: LocalizedText;
  maxAmount: number;
  smallAmountLimit: number;
  trancheSplit: number[];
  reportDueDays: { midterm: number; final: number };
  reminderDaysBeforeDue: number;
  overdueEscalationDays: number;
  directorSlaHours: number;
  reviewersRequired: number;
  reviewAboveAmount?: number | null;
  open: boolean;
}

export interface ProgrammeDto extends Omit<ProgrammeRequest, 'reviewAboveAmount'> {
  id: string;
  reviewAboveAmount: number | null;
  createdAt: string;
  updatedAt: string;
}

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

export interface CouncilMemberDto {
  id: string;
  username: string;
  displayName: string;
}

export interface CouncilSettingsRequest {
  quorum: { numerator: number; denominator: number };
  approvalShareAbove: number;
  /** Null: whoever holds the council role when a grant starts. */
  memberIds: string[] | null;
}

export interface CouncilSettingsDto extends CouncilSettingsRequest {
  /** Who would vote on a grant starting now. */
  members: CouncilMemberDto[];
  updatedAt: string | null;
}
