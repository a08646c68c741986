import { type SnapshotFrom, initialTransition } from 'xstate';

import type { LocalizedText } from '@yilin/contracts';
import { type RefusalCatalogue, type RefusalRule, onData, refusalsOf, standing } from '@yilin/workflow-common';

import { mergeApplication, nextTranche } from './grant-approval.context';
import { amountWithinProgramme } from './grant-approval.guards';
import { grantApprovalMachine } from './grant-approval.machine';
import type { GrantApplication, GrantContext, GrantEvent, GrantInput, ReportKind } from './grant-approval.types';

// The grant guards' rules with the reason each gives when it refuses. The machine's guards decide; these
// say why, and the model test checks on every reachable state that both agree.

type GrantSnapshot = SnapshotFrom<typeof grantApprovalMachine>;
type Rule = RefusalRule<GrantSnapshot, GrantEvent> & { reason: GrantRefusal };

const say = (zh: string, en: string): LocalizedText => ({ zh, en });

const messages = {
  AMOUNT_ABOVE_PROGRAMME_MAX: say('申请金额超过本项目的最高资助额', 'The amount is above the programme’s maximum'),
  AMOUNT_NOT_WHOLE_FEN: say('申请金额须为大于零的整数（分）', 'The amount must be a whole number of fen above zero'),
  TITLE_MISSING: say('请填写项目名称', 'The application needs a title'),
  ORGANISATION_MISSING: say('请填写申请单位', 'The application needs an organisation'),
  REVIEWERS_REPEATED: say('评审专家不能重复指派', 'A reviewer is named twice'),
  TOO_FEW_REVIEWERS: say('指派的评审专家少于本项目要求的人数', 'Fewer reviewers than the programme requires'),
  APPLICANT_AS_REVIEWER: say('申请人不能评审自己的申请', 'The applicant cannot review their own application'),
  NOT_ASSIGNED_REVIEWER: say('您不是本申请指派的评审专家', 'You are not an assigned reviewer of this application'),
  ALREADY_SCORED: say('您已为本申请评分', 'You have already scored this application'),
  SCORE_OUT_OF_RANGE: say('评分须为 0 至 100 的整数', 'The score must be a whole number from 0 to 100'),
  OWN_APPLICATION: say('您不能决定自己提交的申请', 'You cannot decide an application of your own'),
  SLA_ALREADY_BREACHED: say('审批超时已记录', 'The overdue decision is already recorded'),
  NOT_COUNCIL_MEMBER: say('您不是本次表决的理事会成员', 'You are not a council member of this ballot'),
  APPLICANT_MUST_RECUSE: say('申请人是理事会成员时须回避，不能表决', 'A member who applied must recuse and cannot vote'),
  ALREADY_VOTED: say('您已投票', 'You have already voted'),
  ALREADY_RECUSED: say('您已申请回避', 'You have recused yourself'),
  CHOICE_UNKNOWN: say('表决意见须为同意、反对或弃权', 'The vote must be approve, reject or abstain'),
  TRANCHE_NOT_NEXT: say('只能拨付下一期资金', 'Only the next tranche can be paid'),
  MIDTERM_REPORT_NOT_ACCEPTED: say('中期报告通过后方可拨付余款', 'The rest is paid once the mid-term report is accepted'),
  REPORT_NOT_DUE: say('现在应提交的不是这份报告', 'This is not the report that is due now'),
  SPENT_NOT_WHOLE_FEN: say('支出金额须为不小于零的整数（分）', 'Money spent must be a whole number of fen, zero or more'),
  SPENT_ABOVE_DISBURSED: say('支出金额超过已拨付金额', 'Money spent is more than was paid out'),
  REPORT_NOT_UNDER_REVIEW: say('这份报告不在审核中', 'This report is not under review'),
  REMINDER_ALREADY_SENT: say('提醒已发送', 'The reminder was already sent'),
  ALREADY_ESCALATED: say('逾期已上报监事会', 'The overdue report was already escalated'),
} satisfies Record<string, LocalizedText>;

export type GrantRefusal = keyof typeof messages;

type Holds = (snapshot: GrantSnapshot, event: GrantEvent) => boolean;
type Details = (snapshot: GrantSnapshot, event: GrantEvent) => Record<string, unknown>;
const rule = (reason: GrantRefusal, holds: Holds, details?: Details): Rule => ({ ...onData(reason, holds, details), reason });
const who = (reason: GrantRefusal, holds: Holds, details?: Details): Rule => ({ ...standing(reason, holds, details), reason });

const data = (event: GrantEvent) => event.data as Record<string, unknown>;
const text = (value: unknown) => typeof value === 'string' && value.trim().length > 0;
const isWholeFen = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);

/** The rules a whole application breaks, in the order the form shows its fields. */
const applicationRules = (read: (snapshot: GrantSnapshot, event: GrantEvent) => GrantApplication, onWho: boolean): Rule[] => {
  const make = onWho ? who : rule;
  return [
    make('TITLE_MISSING', (s, e) => text(read(s, e).title)),
    make('ORGANISATION_MISSING', (s, e) => text(read(s, e).organisation)),
    make('AMOUNT_NOT_WHOLE_FEN', (s, e) => isWholeFen(read(s, e).amount) && read(s, e).amount >= 1),
    make(
      'AMOUNT_ABOVE_PROGRAMME_MAX',
      (s, e) => amountWithinProgramme(read(s, e).amount, s.context.programme),
      (s) => ({ maxAmount: s.context.programme.maxAmount }),
    ),
  ];
};

const amountChangeRules: Rule[] = [
  rule('AMOUNT_NOT_WHOLE_FEN', (_, e) => data(e).amount === undefined || (isWholeFen(data(e).amount) && (data(e).amount as number) >= 1)),
  rule(
    'AMOUNT_ABOVE_PROGRAMME_MAX',
    (s, e) => data(e).amount === undefined || amountWithinProgramme(data(e).amount, s.context.programme),
    (s) => ({ maxAmount: s.context.programme.maxAmount }),
  ),
];

const minutesOf = (context: GrantContext) => context.minutes;
const hasVoted = (context: GrantContext, id: string) => Boolean(minutesOf(context)?.votes.some((vote) => vote.memberId === id));
const hasRecused = (context: GrantContext, id: string) =>
  Boolean(minutesOf(context)?.recusals.some((recusal) => recusal.memberId === id));
const isMember = (context: GrantContext, id: string) => Boolean(minutesOf(context)?.memberIds.includes(id));

/** The report a state is collecting or reviewing: the one in whose region the grant stands. */
const reportIn = (snapshot: GrantSnapshot, step: 'open' | 'submitted'): ReportKind | null => {
  for (const kind of ['midterm', 'final'] as const) {
    const states = step === 'open' ? ['upcoming', 'overdue'] : ['submitted'];
    if (states.some((state) => snapshot.matches({ granted: { delivery: { reports: { [kind]: state } } } } as never))) {
      return kind;
    }
  }
  return null;
};
const kindOf = (event: GrantEvent) => data(event).kind;
const reportOfEvent = (snapshot: GrantSnapshot, event: GrantEvent) => {
  const kind = kindOf(event);
  return kind === 'midterm' || kind === 'final' ? snapshot.context.reports[kind] : null;
};

const rules: Partial<Record<GrantEvent['type'], Rule[]>> = {
  UPDATE_DRAFT: amountChangeRules,
  SUBMIT: applicationRules((s) => s.context.application, true),
  RESUBMIT: applicationRules((s, e) => mergeApplication(s.context.application, data(e)), false),
  ACCEPT: [
    rule('REVIEWERS_REPEATED', (_, e) => {
      const ids = (data(e).reviewerIds as unknown[]) ?? [];
      return new Set(ids).size === ids.length && ids.every((id) => typeof id === 'string' && id.length > 0);
    }),
    rule(
      'TOO_FEW_REVIEWERS',
      (s, e) => ((data(e).reviewerIds as unknown[]) ?? []).length >= Math.max(1, s.context.programme.reviewersRequired),
      (s) => ({ required: Math.max(1, s.context.programme.reviewersRequired) }),
    ),
    rule('APPLICANT_AS_REVIEWER', (s, e) => !((data(e).reviewerIds as unknown[]) ?? []).includes(s.context.ownerId)),
  ],
  SCORE: [
    who('NOT_ASSIGNED_REVIEWER', (s, e) => s.context.reviewerIds.includes(e.actor.id)),
    who('ALREADY_SCORED', (s, e) => !s.context.scores.some((score) => score.reviewerId === e.actor.id)),
    rule('SCORE_OUT_OF_RANGE', (_, e) => Number.isInteger(data(e).score) && (data(e).score as number) >= 0 && (data(e).score as number) <= 100),
  ],
  APPROVE: [who('OWN_APPLICATION', (s, e) => e.actor.id !== s.context.ownerId)],
  DECLINE: [who('OWN_APPLICATION', (s, e) => e.actor.id !== s.context.ownerId)],
  DIRECTOR_SLA_BREACHED: [who('SLA_ALREADY_BREACHED', (s) => s.context.directorSlaBreachedAt === null)],
  VOTE: [
    who('NOT_COUNCIL_MEMBER', (s, e) => isMember(s.context, e.actor.id)),
    who('APPLICANT_MUST_RECUSE', (s, e) => e.actor.id !== s.context.ownerId),
    who('ALREADY_VOTED', (s, e) => !hasVoted(s.context, e.actor.id)),
    who('ALREADY_RECUSED', (s, e) => !hasRecused(s.context, e.actor.id)),
    rule('CHOICE_UNKNOWN', (_, e) => ['approve', 'reject', 'abstain'].includes(data(e).choice as string)),
  ],
  RECUSE: [
    who('NOT_COUNCIL_MEMBER', (s, e) => isMember(s.context, e.actor.id)),
    who('ALREADY_VOTED', (s, e) => !hasVoted(s.context, e.actor.id)),
    who('ALREADY_RECUSED', (s, e) => !hasRecused(s.context, e.actor.id)),
  ],
  DISBURSE_TRANCHE: [
    // While a tranche awaits payment one is always next and the reservation covers it (the model test's invariants).
    who('MIDTERM_REPORT_NOT_ACCEPTED', (s) => nextTranche(s.context)?.number === 1 || s.context.reports.midterm.status === 'accepted'),
    rule('TRANCHE_NOT_NEXT', (s, e) => data(e).tranche === nextTranche(s.context)?.number, (s) => ({ next: nextTranche(s.context)?.number ?? null })),
  ],
  SUBMIT_REPORT: [
    rule('REPORT_NOT_DUE', (s, e) => kindOf(e) === reportIn(s, 'open'), (s) => ({ due: reportIn(s, 'open') })),
    rule('SPENT_NOT_WHOLE_FEN', (_, e) => isWholeFen(data(e).spent) && (data(e).spent as number) >= 0),
    rule('SPENT_ABOVE_DISBURSED', (s, e) => (data(e).spent as number) <= s.context.disbursed, (s) => ({ disbursed: s.context.disbursed })),
  ],
  ACCEPT_REPORT: [rule('REPORT_NOT_UNDER_REVIEW', (s, e) => kindOf(e) === reportIn(s, 'submitted'))],
  RETURN_REPORT: [rule('REPORT_NOT_UNDER_REVIEW', (s, e) => kindOf(e) === reportIn(s, 'submitted'))],
  REPORT_REMINDER: [
    rule('REPORT_NOT_DUE', (s, e) => kindOf(e) === reportIn(s, 'open')),
    rule('REMINDER_ALREADY_SENT', (s, e) => reportOfEvent(s, e)?.remindedAt === null),
  ],
  REPORT_DUE: [rule('REPORT_NOT_DUE', (s, e) => kindOf(e) === reportIn(s, 'open'))],
  REPORT_ESCALATION: [
    rule('REPORT_NOT_DUE', (s, e) => kindOf(e) === reportIn(s, 'open')),
    rule('ALREADY_ESCALATED', (s, e) => reportOfEvent(s, e)?.escalatedAt === null),
  ],
};

export const grantRefusalCatalogue: RefusalCatalogue<GrantSnapshot, GrantEvent, GrantRefusal> = {
  messages,
  rules,
  // A draft keeps whatever was typed: what is there is checked as when it is edited, the rest at submission.
  start: [
    rule('AMOUNT_NOT_WHOLE_FEN', (s) => {
      const { amount } = s.context.application;
      return amount === undefined || (isWholeFen(amount) && amount >= 1);
    }),
    rule(
      'AMOUNT_ABOVE_PROGRAMME_MAX',
      (s) => s.context.application.amount === undefined || amountWithinProgramme(s.context.application.amount, s.context.programme),
      (s) => ({ maxAmount: s.context.programme.maxAmount }),
    ),
  ],
  startSnapshot: (input) => initialTransition(grantApprovalMachine, input as GrantInput)[0],
};

export const grantRefusals = refusalsOf(grantRefusalCatalogue);
