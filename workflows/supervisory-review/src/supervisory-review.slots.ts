import type { ContractField, StepSlot } from '@yilin/contracts';

const field = (path: string, type: ContractField['type'], required = false): ContractField => ({ path, type, required });

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
    contract: [field('description', 'string', true), field('category', 'string')],
    reserved: ['trackingCode'],
    // Where the review came from and what it is about are chosen from lists. A reporter's contact a
    // supervisor records rides beside the form until the review keeps it apart (views per caller).
    envelope: {
      contact: {
        type: 'object',
        additionalProperties: false,
        properties: {
          name: { type: 'string', maxLength: 100 },
          phone: { type: 'string', maxLength: 30 },
          email: { type: 'string', maxLength: 254 },
          userId: { type: 'string', maxLength: 64 },
        },
      },
      source: { enum: ['public', 'risk-rule', 'supervisor'] },
      rule: { type: 'string', maxLength: 200 },
      subject: {
        type: 'object',
        required: ['workflow', 'instanceId'],
        additionalProperties: false,
        properties: {
          workflow: { type: 'string', minLength: 1 },
          instanceId: { type: 'string', minLength: 1 },
          ownerId: { type: 'string' },
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
];
