import type { EventPolicy, JsonSchema, WorkflowDefinition } from '@yilin/contracts';

import {
  SUPERVISORY_REVIEW_KEY,
  type SupervisoryReviewMachine,
  supervisoryReviewMachine,
} from './supervisory-review.machine';
import { supervisoryReviewSlots } from './supervisory-review.slots';
import type { ReviewEventType } from './supervisory-review.types';
import { supervisoryReviewView } from './supervisory-review.view';
import { reviewRefusals } from './supervisory-review.refusals';

const text: JsonSchema = { type: 'string', minLength: 1 };
// The owner of the subject (listed as a participant), or staff for the foundation; the machine's guard narrows it.
const SUBJECT_SIDE = ['participant', 'staff'] as const;

const events: Record<ReviewEventType, EventPolicy> = {
  ACCEPT: {
    title: { zh: '受理', en: 'Accept for investigation' },
    by: ['supervisor'],
  },
  DISMISS: {
    title: { zh: '不予受理', en: 'Dismiss with a reason' },
    by: ['supervisor'],
  },
  ASSIGN: {
    title: { zh: '指派监事', en: 'Assign a supervisor' },
    by: ['supervisor'],
    assigns: { supervisorId: 'supervisor' },
    schema: { type: 'object', additionalProperties: false, required: ['supervisorId'], properties: { supervisorId: text } },
  },
  REQUEST_INFO: {
    title: { zh: '要求说明情况', en: 'Request information from the subject' },
    by: ['supervisor'],
  },
  PROVIDE_INFO: {
    title: { zh: '提交情况说明', en: 'Provide the information requested' },
    by: SUBJECT_SIDE,
  },
  SUSPEND_SUBJECT: {
    title: { zh: '暂停相关资助', en: 'Suspend the related grant' },
    by: ['supervisor'],
  },
  RESUME_SUBJECT: {
    title: { zh: '恢复相关资助', en: 'Lift the grant’s suspension' },
    by: ['supervisor'],
  },
  FINDINGS: { title: { zh: '调查结论', en: 'Record the findings' }, by: ['supervisor'] },
  ORDER_RECTIFICATION: { title: { zh: '责令整改', en: 'Order rectification' }, by: ['supervisor'] },
  RECTIFY: { title: { zh: '提交整改情况', en: 'Report the rectification' }, by: SUBJECT_SIDE },
  VERIFY: { title: { zh: '核实整改', en: 'Verify the rectification' }, by: ['supervisor'] },
  PUBLISH: {
    title: { zh: '公开结果', en: 'Publish the outcome' },
    by: ['supervisor'],
  },
};

export const supervisoryReviewDefinition: WorkflowDefinition<SupervisoryReviewMachine> = {
  key: SUPERVISORY_REVIEW_KEY,
  version: 1,
  title: { zh: '监督审查', en: 'Supervisory review' },
  machine: supervisoryReviewMachine,
  slots: supervisoryReviewSlots,
  start: { by: ['supervisor', 'staff'] },
  events,
  visibleTo: ['supervisor', 'admin'],
  view: supervisoryReviewView,
  refusals: reviewRefusals,
  states: {
    triage: { zh: '分拣', en: 'Triage' },
    investigation: { zh: '调查', en: 'Investigation' },
    'investigation.unassigned': { zh: '待指派监事', en: 'Awaiting a supervisor' },
    'investigation.open': { zh: '调查中', en: 'Investigating' },
    'investigation.awaitingInformation': { zh: '待被查方说明', en: 'Awaiting information from the subject' },
    rectification: { zh: '整改', en: 'Rectification' },
    'rectification.ordering': { zh: '待下达整改要求', en: 'Awaiting the rectification order' },
    'rectification.awaitingResponse': { zh: '待被查方整改', en: 'Awaiting rectification' },
    'rectification.verifying': { zh: '整改核实中', en: 'Verifying the rectification' },
    concluded: { zh: '已结论，待公开', en: 'Concluded, awaiting publication' },
    dismissed: { zh: '不予受理', en: 'Dismissed' },
    closed: { zh: '已公开并办结', en: 'Published and closed' },
  },
};
