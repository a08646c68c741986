import type { StepSlot } from '@yilin/contracts';
import { contractField as field, textSlot } from '@yilin/workflow-common';

// The founder (listed as a participant even when staff filed), or for a filing made on their behalf the
// window; the machine's guards narrow it to them.
const FOUNDER_SIDE = ['owner', 'participant', 'staff'] as const;

/** Steps of the green channel where a person submits data, each validated by the form bound to it. */
export const enterpriseRegistrationSlots: readonly StepSlot[] = [
  {
    key: 'filing',
    title: { zh: '社会企业登记申报', en: 'Registration filing' },
    events: ['start'],
    by: ['applicant', 'staff'],
    defaultForm: 'registration-filing',
    contract: [
      field('enterpriseName', 'string', true),
      field('founder', 'object', true),
      field('founder.name', 'string', true),
      field('founder.idNumber', 'string'),
      field('founder.mobile', 'string'),
      field('addresses', 'array', true),
      field('addresses.address', 'string', true),
      field('businessScope', 'string', true),
      field('materials', 'array', true),
    ],
    // Today's green-channel settings, injected by the engine.
    reserved: ['config'],
    // The window files for a founder it picks from the accounts (业务代办).
    envelope: {
      onBehalfOf: {
        type: 'object',
        minProperties: 1,
        additionalProperties: false,
        properties: {
          founderUserId: { type: 'string', minLength: 1, maxLength: 100 },
          founderUsername: { type: 'string', minLength: 1, maxLength: 100 },
        },
      },
    },
  },
  {
    key: 'missing-materials',
    title: { zh: '一次性告知补正材料', en: 'List every missing item at once' },
    events: ['NOTIFY_MISSING'],
    by: ['staff'],
    defaultForm: 'registration-notice',
    contract: [field('items', 'array', true), field('note', 'string')],
  },
  {
    key: 'supplement',
    title: { zh: '提交补正材料', en: 'Supply the missing materials' },
    events: ['SUPPLY_MATERIALS'],
    by: FOUNDER_SIDE,
    defaultForm: 'registration-supplement',
    contract: [field('materials', 'array', true), field('note', 'string')],
  },
  {
    key: 'certification',
    title: { zh: '申请社会企业认定', en: 'Apply for social-enterprise certification' },
    events: ['APPLY_CERTIFICATION'],
    by: FOUNDER_SIDE,
    defaultForm: 'social-enterprise-certification',
    contract: [
      field('socialGoalFirst', 'boolean', true),
      field('profitReinvestedPercent', 'number', true),
      field('distributionPercent', 'number', true),
      field('statement', 'string'),
    ],
  },
  {
    key: 'assessment',
    title: { zh: '认定评估意见', en: 'Assess the application' },
    events: ['ASSESS'],
    by: ['staff', 'council'],
    defaultForm: 'certification-assessment',
    contract: [field('meetsCriteria', 'boolean', true), field('comment', 'string')],
  },
  {
    key: 'rename',
    title: { zh: '更改企业名称', en: 'Choose another name' },
    events: ['RENAME'],
    by: FOUNDER_SIDE,
    defaultForm: 'enterprise-rename',
    contract: [field('name', 'string', true)],
  },
  {
    key: 'addresses',
    title: { zh: '修改住所（经营场所）', en: 'Amend the addresses' },
    events: ['AMEND_ADDRESSES'],
    by: FOUNDER_SIDE,
    defaultForm: 'address-amendment',
    contract: [field('addresses', 'array', true), field('addresses.address', 'string', true)],
  },
  textSlot('approve', 'APPROVE', { zh: '核准登记', en: 'Approve the registration' }, ['staff'], 'optional-comment'),
  textSlot('refuse', 'REFUSE', { zh: '不予登记', en: 'Refuse the registration' }, ['staff'], 'decision-reason'),
  textSlot('withdraw', 'WITHDRAW', { zh: '撤回申请', en: 'Withdraw the filing' }, FOUNDER_SIDE, 'optional-reason'),
  textSlot(
    'certify',
    'CERTIFY',
    { zh: '认定为社会企业', en: 'Certify as a social enterprise' },
    ['staff', 'council'],
    'optional-comment',
  ),
  textSlot(
    'decline-certification',
    'DECLINE_CERTIFICATION',
    { zh: '不予认定', en: 'Decline certification' },
    ['staff', 'council'],
    'decision-reason',
  ),
  textSlot(
    'close',
    'CLOSE',
    { zh: '办结（不申请认定）', en: 'Close without certification' },
    FOUNDER_SIDE,
    'optional-reason',
  ),
];
