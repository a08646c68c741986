import type { EventPolicy, JsonSchema, WorkflowDefinition } from '@yilin/contracts';

import { enterpriseRegistrationSlots } from './enterprise-registration.slots';
import type { RegistrationEventType } from './enterprise-registration.types';
import { enterpriseRegistrationView } from './enterprise-registration.view';
import {
  ENTERPRISE_REGISTRATION_KEY,
  type EnterpriseRegistrationMachine,
  enterpriseRegistrationMachine,
} from './enterprise-registration.machine';
import { registrationRefusals } from './enterprise-registration.refusals';

const text: JsonSchema = { type: 'string', minLength: 1 };
// Steps that only confirm: everything a person types here goes through a slot's form.
const noData: JsonSchema = { type: 'object', additionalProperties: false, properties: {} };

// The founder (listed as a participant even when staff filed), or for a filing made on their behalf the
// window; the machine's guards narrow it to them.
const FOUNDER_SIDE = ['owner', 'participant', 'staff'] as const;

const events: Record<RegistrationEventType, EventPolicy> = {
  CONFIRM: {
    title: { zh: '确认代办申报', en: 'Confirm the filing made on my behalf' },
    by: ['participant'],
    schema: noData,
  },
  COMPLETE: { title: { zh: '材料齐全', en: 'Materials complete' }, by: ['staff'], schema: noData },
  NOTIFY_MISSING: { title: { zh: '一次性告知补正材料', en: 'List every missing item at once' }, by: ['staff'] },
  SUPPLY_MATERIALS: { title: { zh: '提交补正材料', en: 'Supply the missing materials' }, by: FOUNDER_SIDE },
  NAME_CLEARED: { title: { zh: '名称核查通过', en: 'Name cleared' }, by: [], system: true },
  NAME_TAKEN: {
    title: { zh: '名称已被占用', en: 'Name already taken' },
    by: [],
    system: true,
    schema: { type: 'object', required: ['conflicts'], properties: { conflicts: { type: 'array' } } },
  },
  RENAME: {
    title: { zh: '更改企业名称', en: 'Choose another name' },
    by: FOUNDER_SIDE,
  },
  ADDRESSES_CLEARED: {
    title: { zh: '住所（经营场所）核查通过', en: 'Addresses cleared' },
    by: [],
    system: true,
    schema: { type: 'object', required: ['sharedWith'], properties: { sharedWith: { type: 'array' } } },
  },
  ADDRESSES_REFUSED: {
    title: { zh: '住所（经营场所）核查未通过', en: 'Addresses refused' },
    by: [],
    system: true,
    schema: { type: 'object', required: ['problems'], properties: { problems: { type: 'array', minItems: 1 } } },
  },
  AMEND_ADDRESSES: {
    title: { zh: '修改住所（经营场所）', en: 'Amend the addresses' },
    by: FOUNDER_SIDE,
  },
  APPROVE: {
    title: { zh: '核准登记', en: 'Approve the registration' },
    by: ['staff'],
  },
  REFUSE: {
    title: { zh: '不予登记', en: 'Refuse the registration' },
    optional: true,
    by: ['staff'],
  },
  WITHDRAW: {
    title: { zh: '撤回申请', en: 'Withdraw the filing' },
    optional: true,
    by: FOUNDER_SIDE,
  },
  LICENCE_ISSUED: {
    title: { zh: '营业执照已核发', en: 'Licence issued' },
    by: [],
    system: true,
    schema: { type: 'object', required: ['registrationNo'], properties: { registrationNo: text } },
  },
  DEADLINE_BREACHED: {
    title: { zh: '超过绿色通道办理时限', en: 'Green-channel deadline passed' },
    by: [],
    system: true,
  },
  APPLY_CERTIFICATION: { title: { zh: '申请社会企业认定', en: 'Apply for social-enterprise certification' }, by: FOUNDER_SIDE },
  ASSESS: { title: { zh: '认定评估意见', en: 'Assess the application' }, by: ['staff', 'council'] },
  CERTIFY: {
    title: { zh: '认定为社会企业', en: 'Certify as a social enterprise' },
    by: ['staff', 'council'],
  },
  DECLINE_CERTIFICATION: {
    title: { zh: '不予认定', en: 'Decline certification' },
    by: ['staff', 'council'],
  },
  CLOSE: {
    title: { zh: '办结（不申请认定）', en: 'Close without certification' },
    optional: true,
    by: FOUNDER_SIDE,
  },
};

export const enterpriseRegistrationDefinition: WorkflowDefinition<EnterpriseRegistrationMachine> = {
  key: ENTERPRISE_REGISTRATION_KEY,
  version: 1,
  title: { zh: '社会企业登记绿色通道', en: 'Green-channel enterprise registration' },
  machine: enterpriseRegistrationMachine,
  slots: enterpriseRegistrationSlots,
  start: { by: ['applicant', 'staff'] },
  events,
  // The council sits on the certification committee, so it reads the filings it assesses.
  visibleTo: ['staff', 'council', 'supervisor', 'admin'],
  view: enterpriseRegistrationView,
  refusals: registrationRefusals,
  states: {
    filed: { zh: '已申报', en: 'Filed' },
    awaitingConfirmation: { zh: '待申请人确认代办申报', en: 'Awaiting the founder’s confirmation' },
    processing: { zh: '办理中', en: 'In progress' },
    'processing.precheck': { zh: '材料预审', en: 'Materials pre-check' },
    'processing.correction': { zh: '补正中（时限暂停）', en: 'Correction (clock stopped)' },
    'processing.nameCheck': { zh: '名称核查', en: 'Name check' },
    'processing.nameCheck.checking': { zh: '名称核查中', en: 'Checking the name' },
    'processing.nameCheck.taken': { zh: '名称已被占用，待更名（时限暂停）', en: 'Name taken, awaiting a new one (clock stopped)' },
    'processing.addressCheck': { zh: '住所核查', en: 'Address check' },
    'processing.addressCheck.checking': { zh: '住所核查中', en: 'Checking the addresses' },
    'processing.addressCheck.refused': {
      zh: '住所核查未通过，待修改（时限暂停）',
      en: 'Addresses refused, awaiting amendment (clock stopped)',
    },
    'processing.approval': { zh: '审核决定', en: 'Approval' },
    'processing.issuing': { zh: '核发执照中', en: 'Issuing the licence' },
    registered: { zh: '已登记', en: 'Registered' },
    certification: { zh: '社会企业认定', en: 'Social-enterprise certification' },
    'certification.committee': { zh: '认定委员会评估', en: 'Committee assessment' },
    certified: { zh: '已认定为社会企业', en: 'Certified social enterprise' },
    closed: { zh: '已登记（未申请认定）', en: 'Registered, closed without certification' },
    refused: { zh: '不予登记', en: 'Refused' },
    withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  },
};
