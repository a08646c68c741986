import type { LocalizedText } from '@yilin/contracts';
import { type RefusalCatalogue, type RefusalRule, onData, refusalsOf, standing } from '@yilin/workflow-common';

import {
  areNoticeItems,
  areValidAddresses,
  certificationShortfalls,
  hasText,
  isFounder,
  isFounderSide,
  isIndependentOfFiling,
  isNewName,
  isNonEmptyList,
  isWellFormedApplication,
  itemsNotInFirstNotice,
  mayCertify,
  missingMaterials,
  unnamedMissingMaterials,
} from './enterprise-registration.guards';
import type { RegistrationContext, RegistrationEvent } from './enterprise-registration.types';
import { isDeadlinePassed } from './registration-deadline.util';

// The registration guards' rules with the reason each gives when it refuses; the model test checks on
// every reachable state that they agree with the machine.

interface Standing {
  context: RegistrationContext;
}
const say = (zh: string, en: string): LocalizedText => ({ zh, en });

const messages = {
  NOT_FOUNDER: say('只有创办人本人可以确认代办申报', 'Only the founder can confirm a filing made for them'),
  NOT_FOUNDER_SIDE: say('只有创办人或代办窗口可以办理此事项', 'Only the founder, or the window that filed for them, can do this'),
  NOT_FOUNDER_SIDE_OR_STAFF: say('只有创办人或窗口工作人员可以办结', 'Only the founder or window staff can close this'),
  NOT_STAFF: say('只有窗口工作人员可以办理此事项', 'Only registration window staff can do this'),
  FILED_BY_YOU: say('代办人不能审批自己代办的申报', 'Whoever filed for the founder cannot decide on the filing'),
  REASON_MISSING: say('请说明理由', 'Please give a reason'),
  MATERIALS_MISSING: say('申报材料尚不齐全', 'Required materials are still missing'),
  NOTICE_ITEMS_INVALID: say('告知事项不能为空或重复', 'The notice needs items, none blank or repeated'),
  NOTICE_LEAVES_OUT_MISSING: say(
    '一次性告知须列明所有缺少的材料',
    'A one-time notice must list every missing material',
  ),
  NOTICE_RAISES_NEW_ITEMS: say(
    '再次告知只能重复首次告知中尚未补齐的事项',
    'A later notice may only repeat items of the first notice',
  ),
  MATERIALS_EMPTY: say('请列出补交的材料', 'List the materials you are handing in'),
  NAME_UNCHANGED: say('请填写一个不同的企业名称', 'Enter a different enterprise name'),
  ADDRESSES_INVALID: say('请至少填写一个住所，且每个住所都有地址', 'Give at least one address, each with its text'),
  REGISTRATION_NO_MISSING: say('缺少注册号', 'The registration number is missing'),
  DEADLINE_NOT_PASSED: say('办理时限尚未届满', 'The deadline has not passed'),
  APPLICATION_MALFORMED: say(
    '认定申请的比例须在 0 至 100 之间，且合计不超过 100',
    'The percentages must be between 0 and 100 and add up to at most 100',
  ),
  CRITERIA_NOT_MET: say('申请未满足社会企业认定标准', 'The application does not meet the certification criteria'),
  MAJORITY_NOT_IN_FAVOUR: say('认为符合标准的评估意见未过半数', 'Fewer assessors found the criteria met than not'),
} satisfies Record<string, LocalizedText>;

export type RegistrationRefusal = keyof typeof messages;

type Rule = RefusalRule<Standing, RegistrationEvent> & { reason: RegistrationRefusal };
type Holds = (snapshot: Standing, event: RegistrationEvent) => boolean;
type Details = (snapshot: Standing, event: RegistrationEvent) => Record<string, unknown>;
const rule = (reason: RegistrationRefusal, holds: Holds, details?: Details): Rule => ({ ...onData(reason, holds, details), reason });
const who = (reason: RegistrationRefusal, holds: Holds, details?: Details): Rule => ({ ...standing(reason, holds, details), reason });

const data = (event: RegistrationEvent) => event.data as Record<string, unknown>;
const noticeItems = (event: RegistrationEvent) => data(event).items as string[];

const staff = who('NOT_STAFF', (_, e) => e.actor.roles.includes('staff'));
const founderSide = who('NOT_FOUNDER_SIDE', (s, e) => isFounderSide(s.context, e.actor));
const independent = who('FILED_BY_YOU', (s, e) => isIndependentOfFiling(s.context, e.actor));
const reason = rule('REASON_MISSING', (_, e) => hasText(data(e).reason));

const rules: Partial<Record<RegistrationEvent['type'], Rule[]>> = {
  CONFIRM: [who('NOT_FOUNDER', (s, e) => isFounder(s.context, e.actor))],
  WITHDRAW: [founderSide],
  REFUSE: [staff, independent, reason],
  COMPLETE: [
    staff,
    who(
      'MATERIALS_MISSING',
      (s) => missingMaterials(s.context.filing.materials, s.context.config).length === 0,
      (s) => ({ missing: missingMaterials(s.context.filing.materials, s.context.config) }),
    ),
  ],
  NOTIFY_MISSING: [
    staff,
    rule('NOTICE_ITEMS_INVALID', (_, e) => areNoticeItems(noticeItems(e))),
    rule(
      'NOTICE_LEAVES_OUT_MISSING',
      (s, e) => unnamedMissingMaterials(s.context, noticeItems(e)).length === 0,
      (s, e) => ({ missing: unnamedMissingMaterials(s.context, noticeItems(e)) }),
    ),
    rule(
      'NOTICE_RAISES_NEW_ITEMS',
      (s, e) => itemsNotInFirstNotice(s.context, noticeItems(e)).length === 0,
      (s, e) => ({ newItems: itemsNotInFirstNotice(s.context, noticeItems(e)) }),
    ),
  ],
  SUPPLY_MATERIALS: [founderSide, rule('MATERIALS_EMPTY', (_, e) => isNonEmptyList(data(e).materials as string[]))],
  RENAME: [founderSide, rule('NAME_UNCHANGED', (s, e) => isNewName(s.context, data(e).name))],
  AMEND_ADDRESSES: [founderSide, rule('ADDRESSES_INVALID', (_, e) => areValidAddresses(data(e).addresses as never))],
  APPROVE: [staff, independent],
  LICENCE_ISSUED: [rule('REGISTRATION_NO_MISSING', (_, e) => hasText(data(e).registrationNo))],
  DEADLINE_BREACHED: [rule('DEADLINE_NOT_PASSED', (s, e) => isDeadlinePassed(s.context, e.at))],
  APPLY_CERTIFICATION: [founderSide, rule('APPLICATION_MALFORMED', (_, e) => isWellFormedApplication(data(e)))],
  CLOSE: [who('NOT_FOUNDER_SIDE_OR_STAFF', (s, e) => isFounderSide(s.context, e.actor) || e.actor.roles.includes('staff'))],
  CERTIFY: [
    who(
      'CRITERIA_NOT_MET',
      (s) =>
        !s.context.certification ||
        certificationShortfalls(s.context.certification.application, s.context.config.certification).length === 0,
      (s) => ({
        shortfalls: s.context.certification
          ? certificationShortfalls(s.context.certification.application, s.context.config.certification)
          : [],
      }),
    ),
    who('MAJORITY_NOT_IN_FAVOUR', (s) => mayCertify(s.context)),
  ],
  DECLINE_CERTIFICATION: [reason],
};

export const registrationRefusalCatalogue: RefusalCatalogue<Standing, RegistrationEvent, RegistrationRefusal> = {
  messages,
  rules,
};

export const registrationRefusals = refusalsOf(registrationRefusalCatalogue);
