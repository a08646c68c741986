import type { NotifyParams, Role, StartInstanceParams } from '@yilin/contracts';

import { unreleasedAmount } from './grant-approval.context';
import type { GrantContext, ReportKind } from './grant-approval.types';

// Effects of this workflow that the engine carries out through its outbox, with their params.

/** Reserve the grant's amount from its fund; the engine answers FUNDS_RESERVED or FUNDS_REFUSED. */
export interface ReserveFundsParams {
  grantId: string;
  fundId: string;
  /** Integer fen. */
  amount: number;
}

/** Pay one tranche out of the reservation. */
export interface DisburseFundsParams {
  grantId: string;
  fundId: string;
  reservationId: string;
  amount: number;
  /** 1-based. */
  tranche: number;
}

/** Give back to the fund what was reserved and never disbursed. */
export interface ReleaseFundsParams {
  grantId: string;
  fundId: string;
  reservationId: string;
  amount: number;
}

export const EFFECT_RESERVE_FUNDS = 'reserveFunds';
export const EFFECT_DISBURSE_FUNDS = 'disburseFunds';
export const EFFECT_RELEASE_FUNDS = 'releaseFunds';

/** Declared like `effectActions`: no-ops the runtime turns into outbox messages. */
export const grantEffectActions = {
  reserveFunds: (_: unknown, _params: ReserveFundsParams) => undefined,
  disburseFunds: (_: unknown, _params: DisburseFundsParams) => undefined,
  releaseFunds: (_: unknown, _params: ReleaseFundsParams) => undefined,
};

export const reserveFundsParams = (context: GrantContext): ReserveFundsParams => ({
  grantId: context.instanceId,
  fundId: context.programme.fundId,
  amount: context.application.amount,
});

/** Params for the tranche just recorded as disbursed (the last one with a payment date). */
export function disburseFundsParams(context: GrantContext): DisburseFundsParams {
  const paid = context.tranches.filter((tranche) => tranche.disbursedAt);
  const tranche = paid[paid.length - 1];
  return {
    grantId: context.instanceId,
    fundId: context.programme.fundId,
    reservationId: context.reservation?.reservationId ?? '',
    amount: tranche?.amount ?? 0,
    tranche: tranche?.number ?? 0,
  };
}

export const releaseFundsParams = (context: GrantContext): ReleaseFundsParams => ({
  grantId: context.instanceId,
  fundId: context.programme.fundId,
  reservationId: context.reservation?.reservationId ?? '',
  amount: unreleasedAmount(context),
});

const SUBJECT_WORKFLOW = 'grant-approval';

/** The supervisory review a risk rule raises about this grant. */
export function riskReviewParams(
  context: GrantContext,
  rule: 'grant-above-amount' | 'report-overdue',
  description: string,
  details: Record<string, unknown>,
): StartInstanceParams {
  return {
    workflow: 'supervisory-review',
    data: {
      source: 'risk-rule',
      rule,
      description,
      subject: { workflow: SUBJECT_WORKFLOW, instanceId: context.instanceId, ownerId: context.ownerId },
      title: context.application.title,
      organisation: context.application.organisation,
      programmeId: context.programme.id,
      fundId: context.programme.fundId,
      amount: context.application.amount,
      ...details,
    },
  };
}

const REPORT_NAMES: Record<ReportKind, string> = { midterm: '中期报告 (mid-term report)', final: '结项报告 (final report)' };

export const reportOverdueReviewParams = (context: GrantContext, kind: ReportKind) =>
  riskReviewParams(
    context,
    'report-overdue',
    `资助项目「${context.application.title}」${REPORT_NAMES[kind]}逾期未交 / overdue`,
    {
    reportKind: kind,
      dueAt: context.reports[kind].dueAt,
      overdueAt: context.reports[kind].overdueAt,
    },
  );

export const largeGrantReviewParams = (context: GrantContext) =>
  riskReviewParams(
    context,
    'grant-above-amount',
    `资助项目「${context.application.title}」金额达到监督审查线 / grant at or above the review threshold`,
    { threshold: context.programme.reviewAboveAmount },
  );

/** What every notice about this grant says, so templates can name it. */
const about = (context: GrantContext) => ({
  grantId: context.instanceId,
  title: context.application.title,
  organisation: context.application.organisation,
  amount: context.application.amount,
  programme: context.programme.title,
});

export function notice(
  template: string,
  context: GrantContext,
  to: { roles?: Role[]; userIds?: string[]; owner?: boolean },
  data: Record<string, unknown> = {},
): NotifyParams {
  return { template, to, data: { ...about(context), ...data } };
}
