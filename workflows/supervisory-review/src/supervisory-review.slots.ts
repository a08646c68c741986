import type { StepSlot } from '@yilin/contracts';
import { contractField as field, textSlot } from '@yilin/workflow-common';

// The owner of the subject (listed as a participant), or staff for the foundation; the machine's guard narrows it.
const SUBJECT_SIDE = ['participant', 'staff'] as const;

/** Steps of a supervisory review where a person submits data, each validated by the form bound to it. */
export const supervisoryReviewSlots: readonly StepSlot[] = [
  {
    key: 'feedback',
    title: { zh: '监督反馈', en: 'Feedback raising a review' },
    events: ['start'],
    by: ['supervisor', 'staff'],
    defaultForm: 'public-feedback',
    contract: [
      field('description', 'string', true),
      field('category', 'string'),
      field('contactName', 'string'),
      field('contactMobile', 'string'),
      field('contactEmail', 'string'),
    ],
    reserved: ['trackingCode'],
    // Where the review came from and what it is about are chosen from lists; a reporter's name and how to
    // reach them are fields of the form (contactName, contactMobile, contactEmail), checked like any other.
    envelope: {
      source: { enum: ['public', 'risk-rule', 'supervisor'] },
      rule: { type: 'string', maxLength: 100 },
      subject: {
        type: 'object',
        required: ['workflow', 'instanceId'],
        additionalProperties: false,
        properties: {
          workflow: { type: 'string', minLength: 1, maxLength: 100 },
          instanceId: { type: 'string', minLength: 1, maxLength: 100 },
          ownerId: { type: 'string', maxLength: 100 },
        },
      },
    },
  },
  {
    key: 'findings',
    title: { zh: '调查结论', en: 'Record the findings' },
    events: ['FINDINGS'],
    by: ['supervisor'],
    defaultForm: 'review-findings',
    contract: [field('outcome', 'string', true), field('summary', 'string', true), field('riskLevel', 'string')],
  },
  {
    key: 'rectification-order',
    title: { zh: '责令整改', en: 'Order rectification' },
    events: ['ORDER_RECTIFICATION'],
    by: ['supervisor'],
    defaultForm: 'rectification-order',
    contract: [field('requirements', 'string', true), field('dueAt', 'string')],
  },
  {
    key: 'rectification-report',
    title: { zh: '提交整改情况', en: 'Report the rectification' },
    events: ['RECTIFY'],
    by: SUBJECT_SIDE,
    defaultForm: 'rectification-report',
    contract: [field('response', 'string', true)],
  },
  {
    key: 'verification',
    title: { zh: '核实整改', en: 'Verify the rectification' },
    events: ['VERIFY'],
    by: ['supervisor'],
    defaultForm: 'rectification-verification',
    contract: [field('accepted', 'boolean', true), field('comment', 'string', true)],
  },
  textSlot('accept', 'ACCEPT', { zh: '受理', en: 'Accept for investigation' }, ['supervisor'], 'optional-note'),
  textSlot('dismiss', 'DISMISS', { zh: '不予受理', en: 'Dismiss with a reason' }, ['supervisor'], 'decision-reason'),
  {
    key: 'information-request',
    title: { zh: '要求说明情况', en: 'Request information from the subject' },
    events: ['REQUEST_INFO'],
    by: ['supervisor'],
    defaultForm: 'information-request',
    contract: [field('questions', 'array', true)],
  },
  {
    key: 'information-answer',
    title: { zh: '提交情况说明', en: 'Provide the information requested' },
    events: ['PROVIDE_INFO'],
    by: SUBJECT_SIDE,
    defaultForm: 'information-answer',
    contract: [field('answer', 'string', true)],
  },
  textSlot(
    'suspend-subject',
    'SUSPEND_SUBJECT',
    { zh: '暂停相关资助', en: 'Suspend the related grant' },
    ['supervisor'],
    'decision-reason',
  ),
  textSlot(
    'resume-subject',
    'RESUME_SUBJECT',
    { zh: '恢复相关资助', en: 'Lift the grant’s suspension' },
    ['supervisor'],
    'optional-reason',
  ),
  {
    key: 'publication',
    title: { zh: '公开结果', en: 'Publish the outcome' },
    events: ['PUBLISH'],
    by: ['supervisor'],
    defaultForm: 'outcome-publication',
    contract: [field('publicSummary', 'string', true)],
  },
];
