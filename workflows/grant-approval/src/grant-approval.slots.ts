import type { ContractField, StepSlot } from '@yilin/contracts';
import { contractField as field, textSlot } from '@yilin/workflow-common';

/** The fields the machine reads from an application, whichever form a programme binds. */
export const GRANT_APPLICATION_CONTRACT: readonly ContractField[] = [
  field('title', 'string', true),
  field('organisation', 'string', true),
  field('amount', 'integer', true),
  field('summary', 'string'),
];

/** Which report a decision is about: picked from the report under review, never typed. */
const REPORT_KIND = { type: 'string', enum: ['midterm', 'final'] } as const;

/** The slot a programme's own application form is bound to. */
export const GRANT_APPLICATION_SLOT = 'application';

/** Steps of the grant approval where a person submits data, each validated by the form bound to it. */
export const grantApprovalSlots: readonly StepSlot[] = [
  {
    key: GRANT_APPLICATION_SLOT,
    title: { zh: '资助申请', en: 'Grant application' },
    events: ['start', 'UPDATE_DRAFT', 'RESUBMIT'],
    // A draft keeps whatever was typed, each field checked as it comes; submitting checks the whole form.
    partialEvents: ['start', 'UPDATE_DRAFT', 'RESUBMIT'],
    completedBy: ['SUBMIT'],
    collectedAt: 'application',
    by: ['applicant', 'staff', 'owner'],
    defaultForm: 'grant-application',
    contract: GRANT_APPLICATION_CONTRACT,
    // The engine injects the programme's configuration, the council and a certified applicant enterprise.
    reserved: ['programme', 'council', 'applicantEnterprise'],
    // Chosen, not typed: the programme applied to, and a certified enterprise applying as the organisation.
    envelope: {
      programmeId: { type: 'string', minLength: 1, maxLength: 100 },
      enterpriseRegistrationNo: { type: 'string', minLength: 1, maxLength: 50 },
    },
    scope: { kind: 'programme', startField: 'programmeId', contextPath: 'programme.id' },
  },
  {
    key: 'accept',
    title: { zh: '受理并指派评审', en: 'Accept and assign reviewers' },
    events: ['ACCEPT'],
    by: ['staff'],
    defaultForm: 'optional-note',
    contract: [field('note', 'string')],
    // The reviewers are picked from the people holding the reviewer role.
    envelope: { reviewerIds: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 100 } } },
    envelopeRequired: ['reviewerIds'],
  },
  {
    key: 'screening-changes',
    title: { zh: '一次性告知补正', en: 'Request changes' },
    events: ['REQUEST_CHANGES'],
    by: ['staff'],
    defaultForm: 'screening-changes',
    contract: [field('items', 'array', true), field('note', 'string')],
  },
  {
    key: 'score',
    title: { zh: '评审打分', en: 'Score' },
    events: ['SCORE'],
    by: ['reviewer'],
    defaultForm: 'review-score',
    contract: [field('score', 'integer', true), field('comment', 'string', true)],
  },
  {
    key: 'vote',
    title: { zh: '理事会表决', en: 'Vote' },
    events: ['VOTE'],
    by: ['council'],
    defaultForm: 'council-vote',
    contract: [field('choice', 'string', true), field('comment', 'string')],
  },
  {
    key: 'report',
    title: { zh: '提交报告', en: 'Submit a report' },
    events: ['SUBMIT_REPORT'],
    by: ['owner'],
    defaultForm: 'grant-report',
    contract: [field('kind', 'string', true), field('spent', 'integer', true), field('summary', 'string', true)],
  },
  {
    ...textSlot('accept-report', 'ACCEPT_REPORT', { zh: '报告通过', en: 'Accept the report' }, ['staff'], 'optional-comment'),
    envelope: { kind: REPORT_KIND },
    envelopeRequired: ['kind'],
  },
  {
    ...textSlot('return-report', 'RETURN_REPORT', { zh: '退回报告', en: 'Return the report' }, ['staff'], 'decision-reason'),
    envelope: { kind: REPORT_KIND },
    envelopeRequired: ['kind'],
  },
  textSlot('withdraw', 'WITHDRAW', { zh: '撤回申请', en: 'Withdraw application' }, ['owner'], 'optional-reason'),
  textSlot('reject', 'REJECT', { zh: '不予受理', en: 'Reject' }, ['staff'], 'decision-reason'),
  textSlot('approve', 'APPROVE', { zh: '秘书长批准', en: 'Approve (director)' }, ['director'], 'optional-comment'),
  textSlot('decline', 'DECLINE', { zh: '秘书长不予批准', en: 'Decline (director)' }, ['director'], 'decision-reason'),
  textSlot(
    'recuse',
    'RECUSE',
    { zh: '利益冲突回避', en: 'Recuse (conflict of interest)' },
    ['council'],
    'decision-reason',
  ),
  textSlot('close-voting', 'CLOSE_VOTING', { zh: '结束表决', en: 'Close voting' }, ['staff'], 'optional-note'),
  textSlot('reopen-voting', 'REOPEN_VOTING', { zh: '重新开启表决', en: 'Reopen voting' }, ['staff'], 'optional-note'),
];
