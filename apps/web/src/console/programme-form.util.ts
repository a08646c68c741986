import type { ProgrammeDto, ProgrammeRequest } from '@yilin/contracts';

import { formatFen, parseYuan } from '@web/components/money.util';

/** What the form holds: text as typed, amounts in yuan. */
export interface ProgrammeFormValues {
  titleZh: string;
  titleEn: string;
  fundId: string;
  formKey: string;
  maxAmount: string;
  smallAmountLimit: string;
  trancheSplit: string;
  midterm: string;
  final: string;
  open: boolean;
}

export type ProgrammeFormProblem = 'badAmount' | 'badSplit' | 'badDays';

// Settings this form does not edit start where the demo programmes do; the engine judges them all.
const NEW_PROGRAMME: Omit<ProgrammeRequest, 'fundId' | 'title' | 'maxAmount' | 'smallAmountLimit' | 'trancheSplit' | 'reportDueDays' | 'open'> = {
  formKey: 'grant-application',
  reminderDaysBeforeDue: 7,
  overdueEscalationDays: 14,
  directorSlaHours: 72,
  reviewersRequired: 2,
  reviewAboveAmount: null,
};

const yuan = (fen: number) => formatFen(fen).replace(/[¥,]/g, '');

export function toFormValues(programme: ProgrammeDto | null, defaultFundId = ''): ProgrammeFormValues {
  if (!programme)
    return {
      titleZh: '',
      titleEn: '',
      fundId: defaultFundId,
      formKey: NEW_PROGRAMME.formKey,
      maxAmount: '',
      smallAmountLimit: '',
      trancheSplit: '60/40',
      midterm: '90',
      final: '180',
      open: true,
    };
  return {
    titleZh: programme.title.zh,
    titleEn: programme.title.en,
    fundId: programme.fundId,
    formKey: programme.formKey,
    maxAmount: yuan(programme.maxAmount),
    smallAmountLimit: yuan(programme.smallAmountLimit),
    trancheSplit: programme.trancheSplit.join('/'),
    midterm: String(programme.reportDueDays.midterm),
    final: String(programme.reportDueDays.final),
    open: programme.open,
  };
}

const wholeNumber = (text: string): number | null => (/^\s*\d{1,6}\s*$/.test(text) ? Number(text) : null);

/** The request to send, or the fields typed in a way that cannot become one; the engine judges the rest. */
export function toProgrammeRequest(
  values: ProgrammeFormValues,
  existing: ProgrammeDto | null,
): { request: ProgrammeRequest } | { problems: Partial<Record<keyof ProgrammeFormValues, ProgrammeFormProblem>> } {
  const maxAmount = parseYuan(values.maxAmount);
  const smallAmountLimit = parseYuan(values.smallAmountLimit);
  const split = values.trancheSplit.split(/[/／,，\s]+/).filter(Boolean).map(wholeNumber);
  const midterm = wholeNumber(values.midterm);
  const final = wholeNumber(values.final);
  const problems: Partial<Record<keyof ProgrammeFormValues, ProgrammeFormProblem>> = {
    ...(maxAmount === null ? { maxAmount: 'badAmount' as const } : {}),
    ...(smallAmountLimit === null ? { smallAmountLimit: 'badAmount' as const } : {}),
    ...(!split.length || split.some((n) => n === null) ? { trancheSplit: 'badSplit' as const } : {}),
    ...(midterm === null ? { midterm: 'badDays' as const } : {}),
    ...(final === null ? { final: 'badDays' as const } : {}),
  };
  if (Object.keys(problems).length || maxAmount === null || smallAmountLimit === null || midterm === null || final === null)
    return { problems };
  // Named one by one: the API refuses fields it does not know, such as the dates a loaded programme carries.
  const kept = existing ?? NEW_PROGRAMME;
  return {
    request: {
      reminderDaysBeforeDue: kept.reminderDaysBeforeDue,
      overdueEscalationDays: kept.overdueEscalationDays,
      directorSlaHours: kept.directorSlaHours,
      reviewersRequired: kept.reviewersRequired,
      reviewAboveAmount: kept.reviewAboveAmount,
      fundId: values.fundId,
      formKey: values.formKey.trim(),
      title: { zh: values.titleZh.trim(), en: values.titleEn.trim() },
      maxAmount,
      smallAmountLimit,
      trancheSplit: split as number[],
      reportDueDays: { midterm, final },
      open: values.open,
    },
  };
}
