import type { EventPolicy, JsonSchema, LocalizedText, WorkflowDefinition } from '@yilin/contracts';

import { grantApprovalMachine } from './grant-approval.machine';
import { grantRefusals } from './grant-approval.refusals';
import { grantApprovalSlots } from './grant-approval.slots';
import type { GrantEventType } from './grant-approval.types';
import { grantApprovalView } from './grant-approval.view';

const title = (zh: string, en: string): LocalizedText => ({ zh, en });

const text = (maxLength: number, minLength = 1) => ({ type: 'string', minLength, maxLength }) as const;
const fen = { type: 'integer', minimum: 0 } as const;
const reportKind = { type: 'string', enum: ['midterm', 'final'] } as const;

const object = (
  properties: Record<string, unknown>,
  required: string[] = [],
  additionalProperties = false,
): JsonSchema => ({ type: 'object', additionalProperties, required, properties });

const noData = object({});

// Steps where a person types data are slots (grant-approval.slots.ts): their bound form validates it.
const events: Record<GrantEventType, EventPolicy> = {
  UPDATE_DRAFT: { title: title('修改申请', 'Edit application'), by: ['owner'] },
  SUBMIT: { title: title('提交申请', 'Submit application'), by: ['owner'], schema: noData },
  WITHDRAW: {
    title: title('撤回申请', 'Withdraw application'),
    optional: true,
    by: ['owner'],
  },
  ACCEPT: {
    title: title('受理并指派评审', 'Accept and assign reviewers'),
    by: ['staff'],
    assigns: { reviewerIds: 'reviewer' },
  },
  REQUEST_CHANGES: { title: title('一次性告知补正', 'Request changes'), by: ['staff'] },
  RESUBMIT: { title: title('补正后重新提交', 'Resubmit'), by: ['owner'] },
  REJECT: {
    title: title('不予受理', 'Reject'),
    by: ['staff'],
  },
  SCORE: { title: title('评审打分', 'Score'), by: ['reviewer'] },
  APPROVE: {
    title: title('秘书长批准', 'Approve (director)'),
    by: ['director'],
  },
  DECLINE: {
    title: title('秘书长不予批准', 'Decline (director)'),
    by: ['director'],
  },
  DIRECTOR_SLA_BREACHED: {
    title: title('秘书长审批超时', 'Director decision overdue'),
    by: [],
    system: true,
  },
  VOTE: { title: title('理事会表决', 'Vote'), by: ['council'] },
  RECUSE: {
    title: title('利益冲突回避', 'Recuse (conflict of interest)'),
    by: ['council'],
  },
  CLOSE_VOTING: {
    title: title('结束表决', 'Close voting'),
    by: ['staff'],
  },
  REOPEN_VOTING: {
    title: title('重新开启表决', 'Reopen voting'),
    by: ['staff'],
  },
  FUNDS_RESERVED: {
    title: title('资金已预留', 'Funds reserved'),
    by: [],
    system: true,
    schema: object({ reservationId: text(100) }, ['reservationId']),
  },
  FUNDS_REFUSED: {
    title: title('基金余额不足', 'Funds refused'),
    by: [],
    system: true,
    schema: object({ reason: text(1000), available: fen }, ['reason', 'available']),
  },
  CONFIRM_AGREEMENT: {
    title: title('确认资助协议', 'Confirm the grant agreement'),
    by: ['owner'],
    schema: noData,
  },
  DISBURSE_TRANCHE: {
    title: title('拨付资金', 'Disburse a tranche'),
    by: ['staff'],
    schema: object({ tranche: { type: 'integer', minimum: 1 } }, ['tranche']),
  },
  SUBMIT_REPORT: { title: title('提交报告', 'Submit a report'), by: ['owner'] },
  ACCEPT_REPORT: { title: title('报告通过', 'Accept the report'), by: ['staff'] },
  RETURN_REPORT: { title: title('退回报告', 'Return the report'), by: ['staff'] },
  REPORT_REMINDER: {
    title: title('报告即将到期提醒', 'Report due soon'),
    by: [],
    system: true,
    schema: object({ kind: reportKind }, ['kind']),
  },
  REPORT_DUE: {
    title: title('报告逾期', 'Report overdue'),
    by: [],
    system: true,
    schema: object({ kind: reportKind }, ['kind']),
  },
  REPORT_ESCALATION: {
    title: title('报告逾期提请监督', 'Overdue report escalated'),
    by: [],
    system: true,
    schema: object({ kind: reportKind }, ['kind']),
  },
  // A supervisory review suspends and resumes a grant by signal: its supervisor types the reason in the
  // review's own steps (suspend-subject, resume-subject), whose bound forms check it.
  SUSPEND: {
    title: title('暂停资助', 'Suspend the grant'),
    by: [],
    system: true,
    schema: object({ reviewId: text(100), reason: text(1000) }, ['reviewId', 'reason']),
  },
  RESUME: {
    title: title('恢复资助', 'Resume the grant'),
    by: [],
    system: true,
    schema: object({ reviewId: text(100) }),
  },
};

const reportStates = (kind: 'midterm' | 'final', zh: string, en: string): Record<string, LocalizedText> => {
  const base = `granted.delivery.reports.${kind}`;
  return {
    [base]: title(zh, en),
    [`${base}.upcoming`]: title(`${zh}待提交`, `${en} due`),
    [`${base}.overdue`]: title(`${zh}逾期`, `${en} overdue`),
    [`${base}.submitted`]: title(`${zh}待审核`, `${en} under review`),
  };
};

const states: Record<string, LocalizedText> = {
  draft: title('草稿', 'Draft'),
  screening: title('形式审查', 'Screening'),
  changesRequested: title('待补正', 'Changes requested'),
  review: title('专家评审', 'Expert review'),
  decision: title('审批决定', 'Decision'),
  'decision.routing': title('分流', 'Routing'),
  'decision.director': title('秘书长审批（快速通道）', 'Director decision (fast track)'),
  'decision.council': title('理事会表决', 'Council vote'),
  'decision.council.voting': title('表决中', 'Voting'),
  'decision.council.tally': title('计票', 'Counting votes'),
  'decision.council.noQuorum': title('未达法定人数', 'Quorum not reached'),
  reserving: title('已批准，预留资金中', 'Approved, reserving funds'),
  granted: title('已资助', 'Granted'),
  'granted.agreement': title('待确认资助协议', 'Agreement to confirm'),
  'granted.delivery': title('项目执行', 'Delivery'),
  'granted.delivery.disbursement': title('资金拨付', 'Disbursement'),
  'granted.delivery.disbursement.awaitingTranche': title('待拨付', 'Tranche to disburse'),
  'granted.delivery.disbursement.complete': title('已全部拨付', 'Fully disbursed'),
  'granted.delivery.reports': title('项目报告', 'Reports'),
  ...reportStates('midterm', '中期报告', 'Mid-term report'),
  ...reportStates('final', '结项报告', 'Final report'),
  'granted.history': title('暂停前所在步骤', 'Step before suspension'),
  suspended: title('已暂停', 'Suspended'),
  closed: title('已结项', 'Closed'),
  rejected: title('不予受理', 'Rejected'),
  declined: title('未获批准', 'Declined'),
  notApproved: title('未批准（资金不足）', 'Not approved (insufficient funds)'),
  withdrawn: title('已撤回', 'Withdrawn'),
};

/** The grant approval workflow (资助审批) as the engine registers it. */
export const grantApprovalDefinition: WorkflowDefinition<typeof grantApprovalMachine> = {
  key: 'grant-approval',
  version: 1,
  title: title('资助审批', 'Grant approval'),
  machine: grantApprovalMachine,
  start: { by: ['applicant', 'staff'] },
  events,
  // Reviewers see only the applications assigned to them, as participants.
  visibleTo: ['staff', 'director', 'council', 'supervisor', 'admin'],
  states,
  view: grantApprovalView,
  refusals: grantRefusals,
  slots: grantApprovalSlots,
};
